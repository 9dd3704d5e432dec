s = '{}'.format('x' * 1000000)
print(len(s))
t = ('{} ' * 10000).format(*range(10000))
print(len(t), t[:20])
for i in range(10):
    u = 'pre {0} mid {0} post {1:>20}'.format('ab' * 50000, i)
print(len(u))
print(len('{:>1000000}'.format('x')), len('{:*^999999}'.format('y')))
