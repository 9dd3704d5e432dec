def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'a\nb\r\nc\rd\n\ne', bytearray(b'a\nb\r\nc\rd\n\ne')]:
    print(b.splitlines())
    print(b.splitlines(True))
    print(b.splitlines(keepends=1))
print(b''.splitlines(), b'\n'.splitlines(), b'\n'.splitlines(True), b'x'.splitlines())
print(b'a\x0bb\x0cc\x1cd\x85e'.splitlines(), b'\r\r\n\n'.splitlines(True))
check(lambda: b'a'.splitlines(1, 2))
check(lambda: b'a'.splitlines('a'))
check(lambda: b'a'.splitlines(1.0))
check(lambda: b'a'.splitlines(2**40))
check(lambda: b'a'.splitlines(keepend=True))
