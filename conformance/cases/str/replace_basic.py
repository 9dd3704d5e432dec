def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1), s.replace('one', '1', 100))
print(s.replace('two', ''), s.replace(' ', ''), s.replace('xyz', 'abc'), s.replace('o', 'ooo'))
print('aaaa'.replace('aa', 'b'), 'aaaaa'.replace('aa', 'b'), 'abab'.replace('ab', 'ba'))
print(repr(''.replace('', 'x')), repr(''.replace('a', 'x')), repr('abc'.replace('abc', '')))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('', '-', 0), 'abc'.replace('', '-', 10), 'abc'.replace('', ''))
print('x'.replace('x', 'yy' * 3), 'abc'.replace('b', 'b'))
class I:
    def __index__(self): return 1
print('aaa'.replace('a', 'b', I()), 'aaa'.replace('a', 'b', True))
