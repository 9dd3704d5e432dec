def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

detail(lambda: '\ud800'.encode())
detail(lambda: 'a\ud800\udc00b'.encode())
detail(lambda: 'ab\udfff'.encode('utf-8'))
detail(lambda: 'x\ud83d\ude00'.encode('utf8'))
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass']:
    print(h, 'a\udc80\ud800b\udfff'.encode('utf-8', h))
print('a\udc80\udcffb'.encode('utf-8', 'surrogateescape'))
detail(lambda: 'a\udc80\ud800'.encode('utf-8', 'surrogateescape'))
detail(lambda: 'a\udc7f'.encode('utf-8', 'surrogateescape'))
print('\U0001f600 \u20ac \xe9'.encode(), '\U0010ffff\uffff\x00'.encode())
