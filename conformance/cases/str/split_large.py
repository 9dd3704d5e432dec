s = ' '.join(str(i) for i in range(200000))
parts = s.split()
print(len(parts), parts[:3], parts[-2:])
print(len(s.split(' ')), len(s.rsplit(' ', 10)), s.rsplit(' ', 2)[-2:])
t = ','.join(['x'] * 300000)
for i in range(10):
    n = len(t.split(','))
print(n, len(t.rsplit(',')))
u = 'é,' * 100000
print(len(u.split(',')), len(u.rsplit(',')))
