def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'a b'
check(lambda: b.split(b''))
check(lambda: b.rsplit(bytearray()))
check(lambda: b.split('a'))
check(lambda: b.rsplit(1))
check(lambda: b.split(b' ', 'x'))
check(lambda: b.split(b' ', 1.0))
check(lambda: b.split(None, None))
check(lambda: b.split(maxsplit=2**100))
check(lambda: b.split(1, 2, 3))
check(lambda: b.split(x=1))
check(lambda: b.rsplit(sep=b' ', sep2=1))
check(lambda: b.split(b' ', sep=b' '))
