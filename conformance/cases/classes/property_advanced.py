class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f'{v} is below absolute zero')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
try:
    Temperature(-300)
except ValueError as e:
    print(type(e).__name__, e)
class Base:
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
d = Derived()
print(d.name)
d.name = 'x'
print(d._n, d.name)
try:
    Base().name = 'y'
except AttributeError as e:
    print(type(e).__name__, e)
class Over(Base):
    @property
    def name(self):
        return 'over+' + super().name
print(Over().name)
class SetSuper(Base):
    @property
    def name(self):
        return super().name
    @name.setter
    def name(self, v):
        super().name = v
try:
    SetSuper().name = 1
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel, p.__doc__)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fget is p.fget, p2.fset is not None, type(p2).__name__)
p3 = p2.deleter(lambda self: None)
print(p3.fdel is not None, p3.fset is p2.fset)
class MyProp(property):
    def __get__(self, obj, objtype=None):
        r = super().__get__(obj, objtype)
        return ('wrapped', r) if obj is not None else r
class UsesMyProp:
    @MyProp
    def val(self):
        "val doc"
        return 7
    @val.setter
    def val(self, v):
        print('set val', v)
u = UsesMyProp()
print(u.val, type(UsesMyProp.val).__name__, UsesMyProp.val.__doc__)
u.val = 3
class Doc:
    def _get(self):
        "getter doc"
        return 1
    x = property(_get)
    y = property(_get, doc='explicit doc')
print(Doc.x.__doc__, Doc.y.__doc__)
class Cached:
    calls = 0
    @property
    def expensive(self):
        Cached.calls += 1
        return 42
c = Cached()
print(c.expensive, c.expensive, Cached.calls)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(fget=1, bad=2)
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
bad = property(NotCallable())
class UsesBad:
    b = bad
try:
    UsesBad().b
except TypeError as e:
    print(type(e).__name__, e)
class DelOnly:
    x = property(None, None, lambda self: print('deleted'))
do = DelOnly()
del do.x
try:
    do.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    do.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Inst:
    pass
Inst.prop = property(lambda self: 'added later')
print(Inst().prop)
class Nested:
    class Inner:
        @property
        def v(self):
            return 1
try:
    Nested.Inner().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
t.celsius = -500
