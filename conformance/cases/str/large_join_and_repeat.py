s = 'a' * 1000000
for i in range(30):
    j = ','.join([s, s, s])
print(len(j))
words = ['word%d' % i for i in range(100000)]
total = 0
for i in range(10):
    total += len(' '.join(words))
print(total)
big = 'é' * 500000
print(len(big.upper()), len(big.replace('é', 'e')), big.count('é'), len(big.split('x')[0]), big.find('x'), len(big.center(500010, '*')))
print(len(s.center(1000001)), len(s.ljust(1500000)), len(s.zfill(1000002)), len(s.strip('a')), len(s.expandtabs()))
print(('ab' * 500000).find('ba', 999990), ('ab' * 500000).rfind('ab', 0, 10), s.startswith('a' * 999999), s.endswith('b'))
