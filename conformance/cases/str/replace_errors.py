def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 'abc'.replace('a'))
t(lambda: 'abc'.replace())
t(lambda: 'abc'.replace('a', 'b', 1, 2))
t(lambda: 'abc'.replace(1, 'a'))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abc'.replace('a', 'b', 'c'))
t(lambda: 'abc'.replace('a', 'b', 1.0))
t(lambda: 'abc'.replace('a', 'b', 10**30))
t(lambda: 'abc'.replace('a', 'b', count=1))
t(lambda: 'abc'.replace(None, None))
