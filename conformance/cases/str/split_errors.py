def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 'abc'.split(''))
t(lambda: 'abc'.rsplit(''))
t(lambda: 'abc'.split(1))
t(lambda: 'abc'.rsplit(b','))
t(lambda: 'abc'.split(maxsplit='a'))
t(lambda: 'a b'.split(None, 1.0))
t(lambda: 'abc'.split(maxsplit=10**30))
t(lambda: 'abc'.split(',', 1, 2))
t(lambda: 'abc'.rsplit(',', 1, 2))
t(lambda: 'abc'.split(x=1))
t(lambda: 'abc'.split(',', sep=','))
t(lambda: 'abc'.rsplit(maxsplit=1, sep=','))
