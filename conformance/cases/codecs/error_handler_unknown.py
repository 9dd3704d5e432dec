def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: 'a'.encode('ascii', 'bogus'))
check(lambda: '\xe9'.encode('ascii', 'bogus'))
check(lambda: b'a'.decode('utf-8', 'bogus'))
check(lambda: b'\xff'.decode('utf-8', 'bogus'))
check(lambda: 'a'.encode('bogus', 'bogus'))
check(lambda: '\xe9'.encode('ascii', ''))
check(lambda: '\xe9'.encode('latin-1', 'REPLACE'))
check(lambda: '\ud800'.encode('utf-16', 'nope'))
check(lambda: b'\x00'.decode('utf-32', 'nope'))
check(lambda: b'\xff'.decode('latin-1', 'nope'))
