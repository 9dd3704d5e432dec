def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True), s.splitlines(False) == s.splitlines())
for x in ['', '\n', '\n\n', 'a\n', 'a\n\nb', '\r\n\r', '\r\r\n', 'abc', '\x1f', 'a\x1fb', 'x\u2028']:
    print(repr(x), x.splitlines(), x.splitlines(1))
print('é\nü\r\n😀'.splitlines(), 'é\nü\r\n😀'.splitlines(keepends=2))
t(lambda: 'a\nb'.splitlines('a'))
t(lambda: 'a\nb'.splitlines(1.5))
t(lambda: 'a\nb'.splitlines(10**30))
t(lambda: 'a\nb'.splitlines(True, False))
t(lambda: 'a\nb'.splitlines(keep=True))
print(('line\n' * 100000).splitlines()[-1], len(('line\r\n' * 100000).splitlines(True)))
