def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'ab' * 5
for n in [-10, -1, 0, 1, 2, 4, 5, 6, 100]:
    print(n, s.replace('ab', 'X', n), s.replace('b', '', n), s.replace('', '.', n), s.replace('abab', 'Y', n), s.replace('x', 'y', n))
print('ééé'.replace('é', 'e', 2), '😀😀😀'.replace('😀', '', 1), 'aaa'.replace('a', 'aa', 2))
