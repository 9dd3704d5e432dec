def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('%s' % 'x', '%s' % ('x',), '%s %s' % ('a', 'b'), 'plain' % (), 'plain' % [], 'plain' % {}, 'x%%y' % (), '%%%s%%' % 'm')
print('%s' % [1, 2], '%s' % (), ) if False else None
print('abc' % [1], 'abc' % {'a': 1}, 'abc' % b'x' if False else 'skip')
t(lambda: '%s %s' % ('a',))
t(lambda: '%s' % ('a', 'b'))
t(lambda: '%s' % ())
t(lambda: 'abc' % 5)
t(lambda: 'abc' % (1,))
t(lambda: 'abc' % 'x')
t(lambda: '%s%s' % 'ab')
t(lambda: '%s %s' % [1, 2])
t(lambda: '%*d' % (5,))
t(lambda: '%.*f' % (2,))
t(lambda: '%*.*f' % (5, 2))
t(lambda: '%*d' % ('a', 3))
t(lambda: '%.*d' % (1.5, 3))
t(lambda: '%*s' % (10**20, 'a'))
t(lambda: '%.*s' % (10**20, 'a'))
print('%*d|%*d|%.*f|%.*s|' % (-5, 3, 5, -3, -2, 3.14159, 0, 'abc'))
