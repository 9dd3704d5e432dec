class Validated:
    _fields = {'name': str, 'age': int}
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __setattr__(self, key, value):
        if key in self._fields and not isinstance(value, self._fields[key]):
            raise TypeError(f'{key} must be {self._fields[key].__name__}, not {type(value).__name__}')
        super().__setattr__(key, value)
v = Validated('ann', 3)
print(v.name, v.age, v.__dict__)
for k, val in (('age', 'x'), ('name', 1)):
    try:
        setattr(v, k, val)
    except TypeError as e:
        print(type(e).__name__, e)
v.other = [1]
print(sorted(v.__dict__))
class Tracked:
    def __init__(self):
        object.__setattr__(self, 'changes', [])
        self.a = 1
    def __setattr__(self, k, val):
        self.changes.append(k)
        object.__setattr__(self, k, val)
    def __delattr__(self, k):
        self.changes.append('-' + k)
        object.__delattr__(self, k)
t = Tracked()
t.b = 2
t.a += 1
del t.b
print(t.changes, t.a, t.__dict__)
class ReadOnly:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __setattr__(self, k, v):
        raise AttributeError(f'{type(self).__name__} is read-only')
r = ReadOnly(x=1, y=2)
print(r.x, r.y)
try:
    r.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
r.__dict__['x'] = 5
print(r.x)
class CountSets:
    count = 0
    def __setattr__(self, k, v):
        type(self).count += 1
        super().__setattr__(k, v)
c = CountSets()
c.a = 1
c.b = 2
c.a = 3
print(CountSets.count, c.__dict__)
class PropAndSetattr:
    def __setattr__(self, k, v):
        print('setattr hook', k)
        super().__setattr__(k, v)
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        print('property setter', v)
        self._p = v
pa = PropAndSetattr()
pa.p = 10
print(pa.p)
class SlotsSetattr:
    __slots__ = ('x',)
    def __setattr__(self, k, v):
        print('slot setattr', k)
        object.__setattr__(self, k, v)
s = SlotsSetattr()
s.x = 1
try:
    s.y = 2
except AttributeError as e:
    print(type(e).__name__, e)
for bad in ((1, 'x', 1), (Validated, 'x', 1)):
    try:
        object.__setattr__(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(v, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__delattr__(v, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
v.age = 'bad'
