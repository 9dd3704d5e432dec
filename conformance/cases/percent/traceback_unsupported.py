x = 5
print('value: %z' % x)
