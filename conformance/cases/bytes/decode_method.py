def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = 'héllo wörld €'.encode()
print(b.decode(), b.decode('utf-8'), b.decode(encoding='UTF8'), b.decode('utf-8', 'strict'))
print(bytearray(b).decode(), b.decode('latin-1'), b.decode(errors='replace'))
print(b.decode('ascii', 'ignore'), b.decode('ascii', errors='replace'))
check(lambda: b.decode(1))
check(lambda: b.decode(None))
check(lambda: b.decode('utf-8', 1))
check(lambda: b.decode('bogus'))
check(lambda: b.decode('utf\0-8'))
check(lambda: b.decode(1, 2, 3))
check(lambda: b.decode(x=1))
check(lambda: b.decode('ascii'))
