def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {'name': 'Ann', 'age': 30, 'x': 1.5, '': 'empty', '(p)': 'paren', 'a)b': 'no'}
print('%(name)s is %(age)d, %(x).2f, %(name)r, %()s' % d, '%((p))s' % d, '%(name)-6s|%(age)05d' % d, '%(name)s %(name)s' % d)
print('%(x)s' % {'x': (1, 2)}, '%s' % {'k': 'v'}, '%(a)s %%' % {'a': 1}, 'no keys' % {'a': 1}, '%(é)s' % {'é': 'accent'})
class M:
    def __getitem__(self, k): return k * 2
print('%(ab)s %(c)s' % M())
t(lambda: '%(a)s' % {})
t(lambda: '%(a)s' % 5)
t(lambda: '%(a)s' % (1,))
t(lambda: '%(a)s' % [1])
t(lambda: '%(a' % {'a': 1})
t(lambda: '%(a)' % {'a': 1})
t(lambda: '%(a)%' % {'a': 1})
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%(a)*d' % {'a': 5})
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%(a)s' % 'str')
t(lambda: '%(a)s' % M.__dict__['__getitem__'])
