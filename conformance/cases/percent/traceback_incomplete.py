print('%s' % 1)
print('value %' % ())
