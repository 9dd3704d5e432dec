def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

detail(lambda: b'\x00'.decode('utf-16'))
detail(lambda: b'\x00'.decode('utf-16-be'))
detail(lambda: b'\xfe\xff\x00'.decode('utf-16'))
detail(lambda: b'a\x00b'.decode('utf-16-le'))
detail(lambda: b'\x00\xdc'.decode('utf-16-le'))
detail(lambda: b'\x00\xd8\x00\x00'.decode('utf-16-le'))
detail(lambda: b'\x00\xd8'.decode('utf-16-le'))
detail(lambda: b'\x00\xd8\x00'.decode('utf-16-le'))
detail(lambda: b'\xd8\x00\x00\x41'.decode('utf-16-be'))
detail(lambda: '\ud800'.encode('utf-16'))
detail(lambda: 'ab\udfff'.encode('utf-16-be'))
detail(lambda: 'a\ud800\udc00'.encode('utf-16-le'))
for h in ['replace', 'ignore', 'backslashreplace']:
    print(h, b'\x80\xdc\x00'.decode('utf-16-le', h), b'\x00\xd8a\x00'.decode('utf-16-le', h))
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass']:
    print(h, 'a\ud800'.encode('utf-16-le', h), 'a\ud800'.encode('utf-16', h), 'a\ud800'.encode('utf-16-be', h))
print(ascii(b'\x80\xdc'.decode('utf-16-le', 'surrogateescape')), b'=\xd8\x00\xde'.decode('utf-16-le', 'surrogatepass'))
detail(lambda: b'\x00\xdc'.decode('utf-16-le', 'surrogateescape'))
detail(lambda: 'a\udc80'.encode('utf-16-le', 'surrogateescape'))
print(ascii(b'\x00\xdc\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
