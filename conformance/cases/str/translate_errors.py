def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 'abc'.translate(1))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: -1}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: 'abc'.translate({97: 2**70}))
t(lambda: 'abc'.translate({97: b'x'}))
t(lambda: 'abc'.translate())
t(lambda: 'abc'.translate({}, {}))
class Bad:
    def __getitem__(self, k):
        raise ValueError('boom %d' % k)
t(lambda: 'abc'.translate(Bad()))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans([]))
t(lambda: str.maketrans({1.5: 'a'}))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({'': 1}))
t(lambda: str.maketrans('ab', 'c'))
t(lambda: str.maketrans('ab', 'cd', 1))
t(lambda: str.maketrans('ab', 1))
t(lambda: str.maketrans(1, 'a'))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans())
t(lambda: str.maketrans('a', 'b', 'c', 'd'))
t(lambda: str.maketrans(x='a'))
t(lambda: str.maketrans({}, None))
