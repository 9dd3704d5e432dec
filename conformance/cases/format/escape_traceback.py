print('{0}'.format('fine'))
print('{0} }'.format('bad'))
