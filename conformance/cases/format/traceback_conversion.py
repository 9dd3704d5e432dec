print('{!r}'.format('fine'))
print('{!z}'.format('bad'))
