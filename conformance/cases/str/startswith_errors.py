def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 'abc'.startswith(1))
t(lambda: 'abc'.endswith(None))
t(lambda: 'abc'.startswith((1,)))
t(lambda: 'abc'.startswith(('a', 1)))
t(lambda: 'abc'.startswith(('x', 1)))
t(lambda: 'abc'.endswith(('c', b'x')))
t(lambda: 'abc'.endswith((b'x', 'c')))
t(lambda: 'abc'.startswith(['a']))
t(lambda: 'abc'.startswith('a', 'x'))
t(lambda: 'abc'.startswith(1, 'x'))
t(lambda: 'abc'.startswith())
t(lambda: 'abc'.endswith('a', 1, 2, 3))
t(lambda: 'abc'.startswith('a', start=0))
