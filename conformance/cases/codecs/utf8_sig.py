def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

print('abc'.encode('utf-8-sig'), ''.encode('utf-8-sig'), '\xe9'.encode('utf_8_sig'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'), b'\xef\xbb\xbf'.decode('utf-8-sig'))
print(b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'), b'\xef\xbbx'.decode('utf-8-sig', 'replace'))
detail(lambda: b'\xef\xbb\xbf\xff'.decode('utf-8-sig'))
detail(lambda: b'ab\xff'.decode('utf-8-sig'))
detail(lambda: '\ud800'.encode('utf-8-sig'))
print(b'\xef\xbb\xbf\xff'.decode('utf-8-sig', 'backslashreplace'), 'a\udc80'.encode('utf-8-sig', 'surrogateescape'))
