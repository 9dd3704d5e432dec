s = 'a' * 1000000
r = s.replace('a', 'bb')
print(len(r), r[:5], r[-3:])
r = s.replace('aa', 'a')
print(len(r))
for i in range(20):
    s2 = s.replace('a', 'b')
print(len(s2), s2.count('b'))
t = ('xy' * 200000).replace('y', '')
print(len(t), t.count('x'))
print(len(('ab' * 100000).replace('', '-')))
