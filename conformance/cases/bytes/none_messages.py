def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'a'.center(5, None))
check(lambda: bytes.fromhex(None))
check(lambda: b'a'.find(None))
check(lambda: b'a'.startswith(None))
check(lambda: b'a'.split(None, None))
check(lambda: b'a'.join([None]))
check(lambda: b'a'.replace(None, b''))
check(lambda: b'a'.decode(None))
check(lambda: b'a'.decode('ascii', None))
check(lambda: bytearray().extend(None))
check(lambda: b'a'.translate(None, None))
check(lambda: b''.center(None))
check(lambda: b'a'.hex(':', None))
