for b in [b'hello WORLD 123 \xe9\xc9 mIxEd-case_x', bytearray(b'hello WORLD 123 \xe9\xc9 mIxEd-case_x')]:
    print(b.upper())
    print(b.lower())
    print(b.swapcase())
    print(b.title())
    print(b.capitalize())
print(b''.upper(), b''.title(), b''.capitalize(), b'1a'.capitalize(), b'aBC'.capitalize())
print(b"they're bill's friends".title(), b'a1b2 c3d'.title(), b'\xe9a'.title())
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'a'.upper(1))
check(lambda: b'a'.lower(x=1))
check(lambda: bytearray(b'a').title(1))
