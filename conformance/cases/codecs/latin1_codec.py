def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

s = ''.join(chr(i) for i in range(256))
b = s.encode('latin-1')
print(len(b), b[:5], b[-5:], b.decode('latin-1') == s, b.decode('iso-8859-1')[-3:])
detail(lambda: '\u20ac'.encode('latin-1'))
detail(lambda: 'ab\u0100\u0101\xffc'.encode('latin1'))
for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(h, '\xe9\u20ac\U0001f600\xff'.encode('latin-1', h))
detail(lambda: '\udc80\u0100'.encode('latin-1', 'surrogateescape'))
print('x\udce9y'.encode('latin-1', 'surrogateescape'))
detail(lambda: '\ud800'.encode('latin-1', 'surrogatepass'))
print(bytes(range(128, 140)).decode('latin-1'), bytes(range(128, 140)).decode('l1', 'strict'))
