def register(cls):
    register.seen.append(cls.__name__)
    return cls
register.seen = []
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{type(self).__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def with_args(**extra):
    def deco(cls):
        for k, v in extra.items():
            setattr(cls, k, v)
        return cls
    return deco
@register
@add_repr
@with_args(color='red', size=3)
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item('pen', 2), Item.color, Item.size, register.seen)
def replace(cls):
    return 'replaced'
@replace
class Gone:
    pass
print(Gone)
def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Only:
    pass
print(Only() is Only())
def add_method(cls):
    cls.double = lambda self: self.v * 2
    return cls
@add_method
class V:
    def __init__(self, v): self.v = v
print(V(21).double())
def total_ordering_lite(cls):
    if '__lt__' in cls.__dict__:
        cls.__gt__ = lambda a, b: b < a
        cls.__le__ = lambda a, b: not b < a
        cls.__ge__ = lambda a, b: not a < b
    return cls
@total_ordering_lite
class Ver:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __eq__(self, o): return self.n == o.n
print(Ver(1) < Ver(2), Ver(1) > Ver(2), Ver(2) >= Ver(2), Ver(3) <= Ver(1), sorted([Ver(3), Ver(1)])[0].n)
def counted(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, x): self.x = x
Thing(1); Thing(2)
print(Thing.instances)
def dataclass_like(cls):
    names = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(names):
            raise TypeError(f'expected {len(names)} arguments, got {len(args)}')
        for n, a in zip(names, args):
            setattr(self, n, a)
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, n) == getattr(o, n) for n in names)
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    return cls
@dataclass_like
class Pt:
    x: int
    y: int
print(Pt(1, 2) == Pt(1, 2), Pt(1, 2) == Pt(2, 1), Pt.__annotations__)
try:
    hash(Pt(1, 2))
    print('hashable: class decorators add __eq__ after creation')
except TypeError as e:
    print(type(e).__name__, e)
Pt(1)
