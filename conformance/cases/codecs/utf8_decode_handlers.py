samples = [b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x82a\xff', b'\xed\xa0\x80x', b'\xf0\x9f\x98', b'\xc0\xaf']
for h in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    print(h, [s.decode('utf-8', h) for s in samples])
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'\xed\xa0\x80\xed\xbf\xbf'.decode('utf-8', 'surrogatepass'))
check(lambda: b'a\xed\xb2\x80b'.decode('utf-8', 'surrogatepass'))
check(lambda: b'\xed\xa0'.decode('utf-8', 'surrogatepass'))
check(lambda: b'\xff'.decode('utf-8', 'surrogatepass'))
check(lambda: b'\xe2\x82a\xff'.decode('utf-8', 'xmlcharrefreplace'))
check(lambda: b'\xff'.decode('utf-8', 'strict'))
check(lambda: b'ok'.decode('utf-8', 'no-such-handler'))
check(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
check(lambda: b'\xff'.decode('utf-8', 'Strict'))
