def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


prefixes = tuple('prefix%d' % i for i in range(200)) + ('hello',)
print('hello world'.startswith(prefixes), 'prefix150 x'.startswith(prefixes), 'nothing'.startswith(prefixes), 'x'.endswith(tuple('abcdefx')))
print('hello'.startswith(('', 'zzz')), 'hello'.endswith(('lo', 1)), 'hello'.startswith(('hel',), 1), 'hello'.endswith(('hel',), 0, 3))
t(lambda: 'hello'.startswith(('zz', 1)))
t(lambda: 'hello'.startswith(('he', 1)))
t(lambda: 'hello'.endswith(('zz', None)))
t(lambda: 'hello'.endswith([('lo')]))
