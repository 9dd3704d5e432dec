def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'hello world, hello'
for sub in ['hello', 'o', 'world', 'xyz', '', 'd, h', 'hello world, hello!']:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
print(''.find(''), ''.rfind(''), ''.find('a'), ''.count(''))
print('aaaa'.find('aa'), 'aaaa'.rfind('aa'), 'aaaa'.count('aa'), 'aaaaa'.count('aa'))
