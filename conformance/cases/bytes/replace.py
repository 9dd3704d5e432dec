def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'one two one two one', bytearray(b'one two one two one')]:
    print(b.replace(b'one', b'1'))
    print(b.replace(b'one', b'ONE!', 2))
    print(b.replace(b'two', b''))
    print(b.replace(b' ', b'--', 0))
    print(b.replace(b'x', b'y'))
    print(b.replace(b'o', b'0', -1))
    print(b.replace(bytearray(b'e'), bytearray(b'E')))
check(lambda: b'a'.replace('a', 'b'))
check(lambda: b'a'.replace(b'a'))
check(lambda: b'a'.replace(b'a', b'b', 'x'))
check(lambda: b'a'.replace(b'a', b'b', 1.5))
check(lambda: b'a'.replace(b'a', b'b', count=1))
check(lambda: b'a'.replace(b'a', None))
check(lambda: b'a'.replace(b'a', b'b', 1, 2))
