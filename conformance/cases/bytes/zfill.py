def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'42', b'-42', b'+42', b'', b'-', b'+', b'abc', b'--1']:
    print(b.zfill(5), b.zfill(1), bytearray(b).zfill(4))
check(lambda: b'1'.zfill())
check(lambda: b'1'.zfill('a'))
check(lambda: b'1'.zfill(1, 2))
check(lambda: b'1'.zfill(width=3))
