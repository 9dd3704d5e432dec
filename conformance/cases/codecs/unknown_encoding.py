def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: 'a'.encode('bogus'))
check(lambda: b'a'.decode('no such codec'))
check(lambda: 'a'.encode(''))
check(lambda: 'a'.encode('hex'))
check(lambda: b'a'.decode('HEX'))
check(lambda: 'a'.encode('base64'))
check(lambda: b'a'.decode('Base-64'))
check(lambda: 'a'.encode('rot13'))
check(lambda: b'a'.decode('zlib_codec'))
check(lambda: 'a'.encode('quopri'))
check(lambda: str(b'a', 'hex'))
check(lambda: bytes('a', 'zip'))
check(lambda: 'a'.encode('utf-8.'))
check(lambda: 'a'.encode('...'))
check(lambda: 'a'.encode('utf_8_'))
