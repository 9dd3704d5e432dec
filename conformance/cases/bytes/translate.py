def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b'abc', b'xyz')
for b in [b'aabbccdd', bytearray(b'aabbccdd')]:
    print(b.translate(t), b.translate(None), b.translate(None, b'ab'), b.translate(t, b'c'))
    print(b.translate(bytearray(t)), b.translate(t, delete=bytearray(b'd')), b.translate(None, b''))
print(b''.translate(None), bytes(range(5)).translate(bytes(range(255, -1, -1))))
check(lambda: b'a'.translate())
check(lambda: b'a'.translate(b'a'))
check(lambda: b'a'.translate('a' * 256))
check(lambda: b'a'.translate(None, 'a'))
check(lambda: b'a'.translate(None, delete=1))
check(lambda: b'a'.translate(None, None))
check(lambda: b'a'.translate(None, b'', b''))
check(lambda: b'a'.translate(table=None))
