def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'abcabcabc'
for args in [(1,), (3,), (-3,), (-100,), (100,), (1, 4), (1, -1), (None, 5), (2, None), (None, None),
             (5, 2), (9,), (10,), (-1, -2), (0, 0), (3, 3), (4, 100), (10**30,), (-10**30,), (0, 10**30), (0, -10**30)]:
    print(args, s.find('bc', *args), s.rfind('bc', *args), s.count('bc', *args), s.find('', *args), s.rfind('', *args), s.count('', *args))
class I:
    def __index__(self): return 4
print(s.find('a', I()), s.count('a', 0, I()), s.startswith('b', I()))
print(s.find('a', True), s.rfind('a', False, True))
