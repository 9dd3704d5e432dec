def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    def extra(self): return 'extra'
s = S('  Hello, World  ')
for name, args in [('strip', ()), ('lower', ()), ('upper', ()), ('replace', ('x', 'y')), ('replace', ('l', 'L')), ('center', (5,)),
                   ('ljust', (20,)), ('zfill', (3,)), ('expandtabs', ()), ('title', ()), ('swapcase', ()), ('casefold', ()),
                   ('capitalize', ()), ('lstrip', ('z',)), ('translate', ({},)), ('format', ()), ('removesuffix', ('z',))]:
    r = getattr(s, name)(*args)
    print(name, repr(r), type(r).__name__)
print([type(x).__name__ for x in s.split()], [type(x).__name__ for x in s.partition('zz')], [type(x).__name__ for x in s.rpartition(',')])
print([type(x).__name__ for x in S('a\nb').splitlines()], type(S('abc')[0:2]).__name__, type(S('ab') + 'c').__name__, type(S('a') * 2).__name__)
print(S('abc').find('c'), S('abc').startswith(S('a')), 'abc'.endswith(S('c')), S('x').join(['a', 'b']), type(S('x').join(['a', 'b'])).__name__)
print(s.extra(), S('a,b').split(','), S('%s!') % 'hi', type(S('%s!') % 'hi').__name__)
print([type(x).__name__ for x in S('abc').partition('z')], [type(x).__name__ for x in S('abc').rpartition('z')])
for e in [S('abc').format(), S('abc').format_map({}), S('abc') % (), S('abc') % [1], S('{{}}').format(), S('a%%') % (), S('').format(), S('') % ()]:
    print(repr(e), type(e).__name__)
