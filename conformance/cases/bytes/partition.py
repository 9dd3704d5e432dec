def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'key=value=x', bytearray(b'key=value=x')]:
    print(b.partition(b'='), b.rpartition(b'='))
    print(b.partition(b'=='), b.rpartition(b'#'))
    print(b.partition(b'key'), b.rpartition(b'x'))
    print(b.partition(bytearray(b'e=')))
print(b''.partition(b'a'), b''.rpartition(b'a'))
check(lambda: b'a'.partition(b''))
check(lambda: b'a'.rpartition(bytearray()))
check(lambda: b'a'.partition('a'))
check(lambda: b'a'.partition(None))
check(lambda: b'a'.partition())
check(lambda: b'a'.rpartition(b'a', b'b'))
check(lambda: b'a'.partition(sep=b'a'))
