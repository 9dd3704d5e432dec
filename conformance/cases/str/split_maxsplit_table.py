def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = '  a  b c   d  '
for n in range(-2, 6):
    print(n, s.split(None, n), s.rsplit(None, n), s.split(' ', n), s.rsplit(' ', n))
t2 = 'x--y--z'
for n in range(-1, 4):
    print(n, t2.split('--', n), t2.rsplit('--', n), t2.split('-', n), t2.rsplit('-', n))
