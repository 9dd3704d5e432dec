class NoInit(type):
    def __call__(cls, *args, **kw):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Thing(metaclass=NoInit):
    def __init__(self, *a):
        print('never')
t = Thing(1, 2)
print(t.args, type(t).__name__)
class Validating(type):
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        if hasattr(inst, 'validate'):
            inst.validate()
        return inst
class Positive(metaclass=Validating):
    def __init__(self, v): self.v = v
    def validate(self):
        if self.v <= 0:
            raise ValueError(f'{self.v} is not positive')
print(Positive(3).v)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Cached(type):
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        cls._cache = {}
    def __call__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__call__(key)
        return cls._cache[key]
class Interned(metaclass=Cached):
    def __init__(self, key):
        print('create', key)
        self.key = key
a, b, c = Interned('x'), Interned('x'), Interned('y')
print(a is b, a is c, sorted(Interned._cache))
class Sub(Interned):
    pass
print(Sub('x') is a, Sub._cache is Interned._cache)
class Counting(type):
    instances = 0
    def __call__(cls, *a, **k):
        Counting.instances += 1
        return super().__call__(*a, **k)
class One(metaclass=Counting): pass
class Two(One): pass
One(); Two(); Two()
print(Counting.instances)
class ReturnsOther(type):
    def __call__(cls):
        return 'not an instance'
class R(metaclass=ReturnsOther): pass
print(R(), type(R()).__name__)
class WithNewMeta(type):
    def __new__(mcls, name, bases, ns):
        ns['added_by_meta'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class WNM(metaclass=WithNewMeta): pass
print(WNM.added_by_meta, WNM().added_by_meta)
class MetaMethods(type):
    def create(cls, *a):
        return cls(*a)
    @property
    def registry_name(cls):
        return 'reg:' + cls.__name__
class Model(metaclass=MetaMethods):
    def __init__(self, v=0): self.v = v
print(Model.create(5).v, Model.registry_name)
try:
    Model().create
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Model().registry_name
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Model).__name__, type(type(Model)).__name__, isinstance(Model, MetaMethods))
class TypeCallArgs(type):
    pass
try:
    TypeCallArgs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypeCallArgs('n', (), {}, 'extra')
except TypeError as e:
    print(type(e).__name__, e)
print(type(TypeCallArgs('Made', (), {})).__name__)
Positive(0)
