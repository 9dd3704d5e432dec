def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(bytes('h\xe9llo', 'utf-8'), bytes('h\xe9llo', 'latin-1'), bytes('h\xe9llo', 'ascii', 'replace'))
print(bytearray('h\xe9llo', 'utf-8'), bytearray('\u20ac', 'utf-16-le'), bytes('ab', encoding='utf-32-be'))
print(bytes('x\udc80', 'utf-8', 'surrogateescape'), bytearray('\ud800', 'utf-8', errors='surrogatepass'))
check(lambda: bytes('\xe9', 'ascii'))
check(lambda: bytes('a', 'bogus'))
check(lambda: bytearray('\ud800', 'utf-8'))
check(lambda: bytes(b'a', 'utf-8'))
check(lambda: bytes('a', errors='strict'))
check(lambda: bytes(1, 'utf-8'))
check(lambda: bytearray(b'x', 'ascii'))
