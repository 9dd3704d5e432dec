class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
c.__repr__ = lambda: 'instance repr'
print(repr(c).startswith('<__main__.C object'), c.__repr__())
class G:
    def __getattr__(self, name):
        print('getattr', name)
        if name == '__len__':
            return lambda: 5
        raise AttributeError(name)
g = G()
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
print(g.__len__())
class GA:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __eq__(self, o):
        return True
ga = GA()
print(len(ga))
print(ga == 1)
print(str(ga)[:14])
class Meta(type):
    def __len__(cls): return 42
    def __repr__(cls): return 'MetaRepr'
class WithMeta(metaclass=Meta):
    def __len__(self): return 7
print(len(WithMeta), len(WithMeta()), repr(WithMeta), repr(WithMeta()).startswith('<__main__'))
class Late:
    pass
l = Late()
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)
Late.__len__ = lambda self: 11
print(len(l))
Late.__iter__ = lambda self: iter([1, 2])
print(list(l))
Late.__add__ = lambda self, o: ('added', o)
print(l + 1)
Late.__radd__ = lambda self, o: ('radded', o)
print(1 + l)
Late.__eq__ = lambda self, o: 'eq!'
print(l == 0)
try:
    hash(l)
    print('hashable still')
except TypeError as e:
    print(type(e).__name__, e)
del Late.__len__
try:
    len(l)
except TypeError as e:
    print(type(e).__name__, e)
Late.__bool__ = lambda self: False
print(bool(l))
del Late.__bool__
print(bool(l))
Late.__call__ = lambda self, x: x * 2
print(l(21))
Late.__getitem__ = lambda self, k: k
print(l['key'], l[1:2])
Late.__contains__ = lambda self, x: x == 'in'
print('in' in l, 'out' in l)
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
Base.__str__ = lambda self: 'base str'
print(str(d))
Derived.__str__ = lambda self: 'derived str'
print(str(d))
del Derived.__str__
print(str(d))
Base.__lt__ = lambda self, o: True
print(d < d, sorted([Derived(), Derived()]) is not None)
class SM:
    @staticmethod
    def __len__():
        return 4
try:
    print(len(SM()))
except TypeError as e:
    print(type(e).__name__, e)
class CMeth:
    @classmethod
    def __len__(cls):
        return len(cls.__name__)
print(len(CMeth()))
class Callable:
    def __init__(self, n): self.n = n
    def __call__(self, obj): return self.n
class UsesCallable:
    __len__ = Callable(8)
try:
    print(len(UsesCallable()))
except TypeError as e:
    print(type(e).__name__, e)
len(Late())
