def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b'ab', b'AB')
print(type(t).__name__, len(t), t[97:99], t[:3], t[250:])
t2 = bytearray.maketrans(bytearray(b'xy'), b'XY')
print(type(t2).__name__, t2[120:122])
print(bytes.maketrans(b'', b'') == bytes(range(256)), b'x'.maketrans(b'a', b'b')[97])
check(lambda: bytes.maketrans(b'a', b'bc'))
check(lambda: bytes.maketrans('a', b'b'))
check(lambda: bytes.maketrans(b'a', 'b'))
check(lambda: bytes.maketrans(b'a'))
check(lambda: bytes.maketrans(b'', b'', b''))
check(lambda: bytes.maketrans(a=1))
check(lambda: bytearray.maketrans(1, 2, x=3))
