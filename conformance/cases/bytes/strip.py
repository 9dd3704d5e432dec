def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b' \t\n\x0b\x0c\rhello \r\n', bytearray(b'  hello  ')]:
    print(b.strip(), b.lstrip(), b.rstrip())
    print(b.strip(None), b.lstrip(None), b.rstrip(None))
print(b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(b'xy'), b'xyhiyx'.lstrip(b'yx'), b'xyhiyx'.rstrip(bytearray(b'x')))
print(b'abc'.strip(b''), b''.strip(), b'aaa'.strip(b'a'), b'\x85\xa0x\xa0'.strip())
print(b'hello'.strip(b'ol'), b'hello'.rstrip(b'lo'), b'hello'.lstrip(b'eh'))
check(lambda: b'a'.strip('a'))
check(lambda: b'a'.strip(1))
check(lambda: b'a'.lstrip(1, 2))
check(lambda: b'a'.rstrip(chars=b'a'))
