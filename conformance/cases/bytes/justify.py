def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'abc', bytearray(b'abc')]:
    print(b.center(10), b.center(9, b'*'), b.center(8, b'*'), b.center(2), b.center(-1))
    print(b.ljust(6), b.ljust(6, b'.'), b.rjust(6), b.rjust(6, bytearray(b'0')), b.ljust(0))
print(b'ab'.center(7), b'ab'.center(8), b''.center(3, b'x'), b'a'.center(4, b'-'))
check(lambda: b'a'.center())
check(lambda: b'a'.center(1, 2, 3))
check(lambda: b'a'.center(width=1))
check(lambda: b'a'.center(5, 'a'))
check(lambda: b'a'.center(5, b'ab'))
check(lambda: b'a'.center(5, b''))
check(lambda: b'a'.rjust(5, 1))
check(lambda: b'a'.ljust(5, None))
check(lambda: b'a'.center('a'))
check(lambda: b'a'.ljust(1.5))
check(lambda: b'a'.rjust(2**100))
check(lambda: b'a'.ljust(-2**100))
