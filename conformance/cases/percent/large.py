s = '%s' % ('x' * 1000000)
print(len(s))
t = ('%d ' * 10000) % tuple(range(10000))
print(len(t), t[:20])
for i in range(10):
    u = '%s-%s-%05d' % ('ab' * 100000, 'c', i)
print(len(u))
print(len('%1000000s' % 'x'), len('%-999999d' % 5), len('%.100000d' % 7), len(b'%500000s' % b'b'))
