def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print(repr(s), [s.center(w, '.') for w in range(0, 9)])
for s in ['-', '+', '-1', '+1', '--', 'x-1', '٣', '-é']:
    print(repr(s), [s.zfill(w) for w in range(0, 5)])
