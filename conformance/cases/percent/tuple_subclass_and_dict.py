def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Tup(tuple): pass
class Dct(dict): pass
print('%s-%s' % Tup((1, 2)), '%(a)s' % Dct(a='dict sub'), '%s' % Tup((1,)), '%s' % [Tup((1, 2))])
class Missing(dict):
    def __missing__(self, k): return '<' + k + '>'
print('%(x)s %(y)s' % Missing(x='X'))
class GetItem:
    def __getitem__(self, k): return 'got-' + str(k)
print('%(a)s %(b)s' % GetItem(), 'no fields' % GetItem(), '%s' % GetItem().__class__.__name__)
t(lambda: '%s %s' % Tup((1,)))
t(lambda: '%s' % Tup((1, 2)))
