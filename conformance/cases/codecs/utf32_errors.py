def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

detail(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
detail(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
detail(lambda: b'\x00\x00'.decode('utf-32'))
detail(lambda: b'\x00\x00\xfe\xff\x00\x00\x00'.decode('utf-32'))
detail(lambda: b'a\x00\x00\x00\xff\xff\xff\xff'.decode('utf-32-le'))
detail(lambda: '\udfff'.encode('utf-32'))
detail(lambda: 'x\ud800'.encode('utf-32-be'))
for h in ['replace', 'ignore', 'backslashreplace']:
    print(h, b'\x00\x00\x11\x00\x41\x00\x00\x00'.decode('utf-32-le', h), b'\x41\x00\x00'.decode('utf-32-le', h))
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass']:
    print(h, 'a\ud800'.encode('utf-32', h), 'a\ud800'.encode('utf-32-be', h))
print(ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')), ascii(b'\x00\x00\xd8\x00'.decode('utf-32-be', 'surrogatepass')))
detail(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le', 'surrogateescape'))
detail(lambda: b'\x80\x00\x11\x00'.decode('utf-32-le', 'surrogateescape'))
