print('%s' % 'ok')
print('%s' % ('a', 'b'))
