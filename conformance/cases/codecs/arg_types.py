def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 'a'.encode(1))
check(lambda: 'a'.encode(None))
check(lambda: 'a'.encode('utf-8', 1))
check(lambda: 'a'.encode('utf-8', None))
check(lambda: 'a'.encode(b'utf-8'))
check(lambda: b'a'.decode(1))
check(lambda: b'a'.decode('utf-8', errors=1))
check(lambda: b'a'.decode('utf\0-8'))
check(lambda: 'a'.encode('utf-8', 'strict\0'))
check(lambda: 'a'.encode(encoding='ascii', errors='strict'))
check(lambda: 'a'.encode('ascii', 'strict', 'x'))
check(lambda: 'a'.encode(codec='ascii'))
check(lambda: bytearray(b'a').decode(encoding=1))
