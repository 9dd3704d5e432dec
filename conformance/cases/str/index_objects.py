def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIndex:
    def __index__(self): return 'no'
class Raises:
    def __index__(self): raise RuntimeError('index boom')
s = 'abcdefabc'
print(s.find('abc', I(1)), s.rfind('abc', I(0), I(8)), s.count('a', I(-3)), s.startswith('f', I(5)), s.endswith('c', None, I(3)))
print('x'.center(I(5), '-'), 'ab'.zfill(I(4)), 'a,b,c'.split(',', I(1)), 'aaa'.replace('a', 'b', I(2)), 'a\tb'.expandtabs(I(2)))
t(lambda: s.find('a', BadIndex()))
t(lambda: s.find('a', Raises()))
t(lambda: 'x'.center(BadIndex()))
t(lambda: 'x'.center(Raises()))
t(lambda: 'a b'.split(None, Raises()))
t(lambda: s.find('a', 1.0))
t(lambda: s.count('a', '1'))
t(lambda: s.endswith('a', 0, 2.0))
