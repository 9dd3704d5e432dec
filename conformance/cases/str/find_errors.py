def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 'abc'.find(1))
t(lambda: 'abc'.rfind(None))
t(lambda: 'abc'.count(b'a'))
t(lambda: 'abc'.find('b', 'x'))
t(lambda: 'abc'.find('b', 1.5))
t(lambda: 'abc'.find(1, 'x'))
t(lambda: 'abc'.find('b', 0, []))
t(lambda: 'abc'.find())
t(lambda: 'abc'.find('a', 1, 2, 3))
t(lambda: 'abc'.count())
t(lambda: 'abc'.rfind('a', 1, 2, 3, 4))
t(lambda: 'abc'.find('a', start=1))
t(lambda: 'abc'.count('a', end=1))
t(lambda: 'abc'.index('z'))
t(lambda: 'abc'.rindex('z'))
t(lambda: 'abc'.index('a', 1))
t(lambda: 'abc'.rindex('c', 0, 2))
t(lambda: 'abc'.index(3))
