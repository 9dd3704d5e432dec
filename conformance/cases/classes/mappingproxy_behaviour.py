class A:
    x = 1
    def m(self): pass
mp = A.__dict__
print(type(mp).__name__, len(mp) > 3, 'x' in mp, 'y' in mp, mp['x'], mp.get('y'), mp.get('y', 'd'))
print(sorted(k for k in mp if not k.startswith('__')), sorted(k for k in mp.keys() if k in ('x', 'm')))
print([v for k, v in mp.items() if k == 'x'], type(mp.copy()).__name__, mp.copy()['x'])
try:
    mp['x'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    mp['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    mp.pop('x')
except AttributeError as e:
    print(type(e).__name__, e)
print(mp == A.__dict__, A.__dict__ is A.__dict__, repr(int.__dict__)[:13])
print(dict(mp)['x'], list(iter(mp))[:1] != [], str(type(mp.keys()).__name__))
class B(A):
    y = 2
print('x' in B.__dict__, 'y' in B.__dict__, B.__dict__.get('x', 'inherited not here'))
A.z = 3
print('z' in mp, mp['z'])
print(len(object.__dict__) > 10, '__init__' in object.__dict__, '__add__' in int.__dict__)
print(type(int.__dict__['__add__']).__name__, type(int.__dict__['bit_length']).__name__, type(int.__dict__['real']).__name__)
print(list(mp.values())[0] == mp[list(mp.keys())[0]])
print(mp == dict(mp), dict(mp) == mp, (mp | {'q': 1})['q'], type({'q': 1} | mp).__name__, mp != {})
try:
    mp < mp
except TypeError as e:
    print(type(e).__name__, e)
mp.clear()
