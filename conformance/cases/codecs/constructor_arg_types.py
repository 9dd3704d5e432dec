def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: str(b'a', 1))
check(lambda: str(b'a', None))
check(lambda: str(b'a', 'utf-8', 1))
check(lambda: str(b'a', errors=None))
check(lambda: bytes('a', 1))
check(lambda: bytes('a', 'utf-8', None))
check(lambda: bytearray('a', 1))
check(lambda: bytearray('a', 'ascii', errors=2))
check(lambda: str(b'a', 'utf\0-8'))
check(lambda: bytes('a', 'ascii', 'strict\0'))
