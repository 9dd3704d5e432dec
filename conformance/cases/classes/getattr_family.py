class Dyn:
    x = 'class x'
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
d = Dyn()
print(d.real, d.x, d.dyn_abc, getattr(d, 'dyn_q'), hasattr(d, 'dyn_z'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, 'nope', 'default'))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
l = Logged()
print(l.a, l.secret)
try:
    l.b
except AttributeError as e:
    print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
b = Both()
print(b.boom, b.other, b.__class__.__name__)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError(f'cannot set private {name}')
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
g = Guard()
g.x = 5
print(g.x, g.__dict__)
try:
    g._y = 1
except AttributeError as e:
    print(type(e).__name__, e)
del g.x
try:
    del g.x
except AttributeError as e:
    print(type(e).__name__, e)
setattr(g, 'z', 3)
delattr(g, 'z')
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, n, v):
        raise TypeError('frozen')
    def __delattr__(self, n):
        raise TypeError('frozen del')
f = Frozen(3)
print(f.v)
for act in (lambda: setattr(f, 'v', 4), lambda: delattr(f, 'v')):
    try:
        act()
    except TypeError as e:
        print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, n):
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        setattr(self._t, n, v)
class Target:
    pass
t = Target()
pr = Proxy(t)
pr.color = 'red'
print(t.color, pr.color, pr.__class__.__name__)
print(list(pr.__dict__))
class Counting:
    count = 0
    def __getattr__(self, name):
        Counting.count += 1
        return Counting.count
c = Counting()
print(c.a, c.b, c.a, Counting.count)
class AttrErrInGetattr:
    def __getattr__(self, name):
        return self.missing_too
try:
    AttrErrInGetattr().q
except RecursionError as e:
    print(type(e).__name__)
class KeyErrGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    KeyErrGetattr().q
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Dyn(), 'dyn_'), getattr(Dyn(), 'dyn_'))
try:
    hasattr(KeyErrGetattr(), 'x')
except KeyError as e:
    print('hasattr propagates', type(e).__name__, e)
class PropErr:
    @property
    def p(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return 'getattr:' + name
print(PropErr().p)
class GA:
    def __getattribute__(self, n):
        return n * 2
ga = GA()
print(ga.ab, ga.__class__, ga.__dict__)
try:
    getattr(d, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__getattribute__(d, 'real'))
try:
    object.__getattribute__(d, 'dyn_x')
except AttributeError as e:
    print(type(e).__name__, e)
class SetAttrReturn:
    def __setattr__(self, n, v):
        return 'ignored'
sar = SetAttrReturn()
sar.x = 1
print(hasattr(sar, 'x'))
Logged().missing
