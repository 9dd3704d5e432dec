def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'\ta\tbc\tdef\tg', bytearray(b'01\t012\t0123\t01234')]:
    print(b.expandtabs())
    print(b.expandtabs(4), b.expandtabs(tabsize=1), b.expandtabs(0), b.expandtabs(-3))
print(b'a\tb\nc\td\re\tf'.expandtabs(3), b''.expandtabs(), b'no tabs'.expandtabs())
print(b'\t\t'.expandtabs(True))
check(lambda: b'\t'.expandtabs('a'))
check(lambda: b'\t'.expandtabs(1.0))
check(lambda: b'\t'.expandtabs(2**40))
check(lambda: b'\t'.expandtabs(1, 2))
check(lambda: b'\t'.expandtabs(tabsize=1, x=2))
check(lambda: b'\t'.expandtabs(size=1))
