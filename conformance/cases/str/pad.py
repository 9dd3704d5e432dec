def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for w in [-5, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('ab'.center(w, '*')), repr('abcd'.center(w, '-')))
print(repr('é'.center(5, 'ü')), repr('x'.ljust(4, '😀')), repr('😀'.rjust(3, 'é')), repr(''.center(3, '.')), repr('日本'.center(6, '・')))
print(repr('a'.center(2)), repr('a'.center(3)), repr('ab'.center(3)), repr('ab'.center(5)), repr('abc'.center(6)))
class I:
    def __index__(self): return 6
print(repr('ab'.center(I(), '+')), repr('ab'.ljust(True)))
t(lambda: 'abc'.center(5, 'ab'))
t(lambda: 'abc'.center(5, ''))
t(lambda: 'abc'.center(5, 1))
t(lambda: 'abc'.ljust(5, b'x'))
t(lambda: 'abc'.rjust('a'))
t(lambda: 'abc'.center(5.0))
t(lambda: 'abc'.center())
t(lambda: 'abc'.ljust(1, 'a', 'b'))
t(lambda: 'abc'.rjust(10**30))
t(lambda: 'abc'.center(width=5))
t(lambda: 'abc'.ljust(5, fillchar='x'))
