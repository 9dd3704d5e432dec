def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'hello world', bytearray(b'hello world')]:
    check(lambda: b.index(b'o'))
    check(lambda: b.rindex(b'o'))
    check(lambda: b.index(111, 5))
    check(lambda: b.rindex(b'l', 0, 4))
    check(lambda: b.index(b'z'))
    check(lambda: b.rindex(b'z'))
    check(lambda: b.index(b'o', 8))
    check(lambda: b.rindex(b'', 3))
    check(lambda: b.index(b'', 12))
    check(lambda: b.index('o'))
