def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'prefix-body-suffix', bytearray(b'prefix-body-suffix')]:
    print(b.removeprefix(b'prefix-'), b.removeprefix(b'body'), b.removeprefix(b''))
    print(b.removesuffix(b'-suffix'), b.removesuffix(b'body'), b.removesuffix(bytearray(b'x')))
print(b'abc'.removeprefix(b'abc'), b'abc'.removesuffix(b'abcd'), b''.removeprefix(b''))
x = b'keep'
print(x.removeprefix(b'z') is x, x.removesuffix(b'') is x)
check(lambda: b'a'.removeprefix('a'))
check(lambda: b'a'.removesuffix(1))
check(lambda: b'a'.removeprefix())
check(lambda: b'a'.removesuffix(b'a', b'b'))
check(lambda: b'a'.removeprefix(prefix=b'a'))
