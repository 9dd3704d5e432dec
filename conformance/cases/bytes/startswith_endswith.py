def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
print(b.startswith(b'hello'), b.startswith(b'world'), b.endswith(b'world'), b.endswith(b'hello'))
print(b.startswith(b'world', 6), b.startswith(b'lo', 3, 5), b.startswith(b'lo', 3, 4))
print(b.endswith(b'hello', 0, 5), b.endswith(b'hell', 0, 5), b.endswith(b'o', -7, -5))
print(b.startswith((b'x', b'he')), b.endswith((b'x', b'y')), b.startswith(()))
print(b.startswith(b''), b.startswith(b'', 11), b.startswith(b'', 12), b.endswith(b'', 12))
print(b.endswith(b'', 5, 3), b.startswith(b'', 5, 3), b.endswith(b'd', -1), b.startswith(b'h', -100))
print(bytearray(b).startswith(bytearray(b'he')), b.endswith(bytearray(b'ld')))
print(b.startswith((b'he', 1)))
check(lambda: b.startswith('he'))
check(lambda: b.startswith(1))
check(lambda: b.endswith([b'd']))
check(lambda: b.endswith(None))
check(lambda: b.startswith((1, b'he')))
check(lambda: b.endswith(('d',)))
check(lambda: b.startswith())
check(lambda: b.endswith(b'd', 0, 1, 2))
check(lambda: b.startswith(b'h', 'a'))
check(lambda: b.startswith(b'h', x=1))
