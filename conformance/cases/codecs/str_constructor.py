def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = 'h\xe9llo'.encode()
print(str(b, 'utf-8'), str(b, 'latin-1'), str(b, encoding='ascii', errors='replace'))
print(str(bytearray(b), 'utf-8'), str(b, errors='strict'), str(b'\xff', 'utf-8', 'ignore'))
check(lambda: str(b'\xff', 'utf-8'))
check(lambda: str(b'a', 'bogus'))
check(lambda: str('a', 'utf-8'))
check(lambda: str(1, 'utf-8'))
check(lambda: str(b'a', 'utf-8', 'bogus'))
check(lambda: str(b'\xff', 'ascii', 'bogus'))
