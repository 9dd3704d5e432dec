def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', '3.14', '-3.14', 'é', '-é']:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
print('12'.zfill(True), '1'.zfill(10))
t(lambda: '1'.zfill('5'))
t(lambda: '1'.zfill(5.0))
t(lambda: '1'.zfill())
t(lambda: '1'.zfill(1, 2))
t(lambda: '1'.zfill(10**30))
t(lambda: '1'.zfill(width=3))
