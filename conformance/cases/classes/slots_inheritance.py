class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
class Grand(Child):
    pass
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'), Child.__slots__, Base.__slots__)
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
g = Grand()
g.a, g.b, g.z = 1, 2, 3
print(g.a, g.b, g.z, g.__dict__)
class Redundant(Base):
    __slots__ = ('a',)
r = Redundant()
r.a = 'redundant'
print(r.a, Base.a.__get__(r) if False else 'ok')
class WithDict:
    __slots__ = ('x', '__dict__')
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__, sorted(k for k in WithDict.__dict__ if not k.startswith('__')))
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
class FromList:
    __slots__ = ['p', 'q']
f = FromList()
f.p = 'p'
print(f.p, FromList.__slots__, type(FromList.p).__name__)
class StrSlot:
    __slots__ = 'only'
s = StrSlot()
s.only = 1
print(s.only, StrSlot.__slots__)
class Gen:
    __slots__ = (n for n in ('g1', 'g2'))
gg = Gen()
gg.g1 = 1
print(gg.g1, type(Gen.__slots__).__name__)
class Deleting:
    __slots__ = ('v',)
d = Deleting()
d.v = 5
del d.v
print(hasattr(d, 'v'))
try:
    del d.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.v
except AttributeError as e:
    print(type(e).__name__, e)
class WithProp:
    __slots__ = ('_x',)
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
wp = WithProp(1)
wp.x = 10
print(wp.x, wp._x)
class Cls:
    __slots__ = ('inst',)
    shared = 'class attr'
cc = Cls()
print(cc.shared)
try:
    cc.shared = 'no'
except AttributeError as e:
    print(type(e).__name__, e)
class A1:
    __slots__ = ('x',)
class A2:
    __slots__ = ()
class Multi(A1, A2):
    pass
m = Multi()
m.x = 1
m.other = 2
print(m.x, m.other)
class B1:
    __slots__ = ('x',)
class B2:
    __slots__ = ('y',)
try:
    class Conflict(B1, B2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class D1:
    pass
class Mixed(D1, A1):
    pass
mx = Mixed()
mx.x = 1
mx.q = 2
print(mx.x, mx.q, Mixed.__base__.__name__)
class SlotSub(list):
    __slots__ = ('meta',)
sl = SlotSub([1, 2])
sl.meta = 'm'
print(sl, sl.meta, len(sl))
try:
    sl.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(A1.x, A1.x.__name__, A1.x.__objclass__.__name__)
c.nope = 1
