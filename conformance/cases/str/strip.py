def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['  hi  ', 'hi', '', '   ', '\t\n hi \r\x0b\x0c', 'xxhixx', '\x1c\x1dhi\x1e\x1f']:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)), repr(s.strip('x')))
print(repr('www.example.com'.strip('cmowz.')), repr('<<a>>'.lstrip('<'), ), repr('<<a>>'.rstrip('>')), repr('abc'.strip('')), repr('abc'.strip('abc')))
print(repr('ééaéé'.strip('é')), repr('😀a😀'.strip('😀')), repr('éxaxü'.strip('üéx')), repr('ab'.strip('é')), repr('\u3000a\xa0'.strip()))
print(repr('  a  '.strip(' a')), repr('aXbXa'.strip('ab')), repr('日本日'.lstrip('日')), repr('日本日'.rstrip('日本')))
t(lambda: 'a'.strip(1))
t(lambda: 'a'.lstrip(b'a'))
t(lambda: 'a'.rstrip(['a']))
t(lambda: 'a'.strip('a', 'b'))
t(lambda: 'a'.strip(chars='a'))
t(lambda: 'a'.lstrip('a', 'b', 'c'))
