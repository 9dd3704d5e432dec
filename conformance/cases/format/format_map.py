def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{a} {b}'.format_map({'a': 1, 'b': 2}), '{x[0]}'.format_map({'x': 'abc'}), 'plain'.format_map(5))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} {other}'.format_map(Default(name='N')))
class M:
    def __getitem__(self, k):
        if k == 'bad':
            raise LookupError('nope')
        return k.upper()
print('{hello} {w}'.format_map(M()))
t(lambda: '{bad}'.format_map(M()))
t(lambda: '{}'.format_map({}))
t(lambda: '{0}'.format_map({'0': 1}))
t(lambda: '{a}'.format_map([]))
t(lambda: '{a}'.format_map(5))
t(lambda: '{a}'.format_map())
t(lambda: '{a}'.format_map({}, {}))
t(lambda: '{a}'.format_map(m={}))
t(lambda: '{a}'.format_map({}))
print('{a:>{w}}|'.format_map({'a': 'x', 'w': 3}))
