def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

detail(lambda: 'caf\xe9'.encode('ascii'))
detail(lambda: 'a\xe9\xe9b\xe9'.encode('ascii'))
detail(lambda: '\u20ac\U0001f600'.encode('us-ascii'))
detail(lambda: b'a\xffb\x80'.decode('ascii'))
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(h, 'a\xe9\u20ac\U0001f600z'.encode('ascii', h), b'a\xff\x80z'.decode('ascii', h) if h != 'xmlcharrefreplace' else '')
print(ascii(b'\xff\xfe'.decode('ascii', 'surrogateescape')), 'a\udcff\udc80'.encode('ascii', 'surrogateescape'))
detail(lambda: 'a\udc80\xe9'.encode('ascii', 'surrogateescape'))
detail(lambda: 'a\udc80'.encode('ascii', 'surrogatepass'))
detail(lambda: b'\xff'.decode('ascii', 'surrogatepass'))
print('plain ascii'.encode('ascii'), b'plain'.decode('ascii'), '\x00\x7f'.encode('ascii'))
