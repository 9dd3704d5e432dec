class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return {'injected': 'yes'}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('call', cls.__name__, args)
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def meta_method(cls):
        return 'meta_method on ' + cls.__name__
    @property
    def meta_prop(cls):
        return 'meta_prop ' + cls.__name__
class A(metaclass=Meta, option=1):
    x = 1
    def __init__(self, v=0):
        self.v = v
a = A(5)
print(a.v, a.via_meta, A.injected, A.created_by, type(A).__name__, A.meta_method(), A.meta_prop)
print(hasattr(a, 'meta_method'), isinstance(A, Meta), isinstance(a, A), type(type(A)).__name__)
class B(A):
    y = 2
print(type(B).__name__, B.created_by, B().v)
try:
    a.meta_method
except AttributeError as e:
    print(type(e).__name__, e)
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
class R1(metaclass=Registry): pass
class R2(R1): pass
print(sorted(Registry.classes))
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class U(metaclass=Upper):
    hello = 'hi'
    def greet(self): return 'greet'
print(U.HELLO, U().GREET(), hasattr(U, 'hello'))
def func_meta(name, bases, ns):
    print('function as metaclass', name)
    return 'not a class'
class F(metaclass=func_meta):
    pass
print(F)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class S(metaclass=Singleton):
    def __init__(self):
        print('S init once')
print(S() is S())
class M1(type): pass
class M2(M1): pass
class X(metaclass=M1): pass
class Y(X, metaclass=M2): pass
class Z(Y): pass
print(type(Y).__name__, type(Z).__name__)
try:
    class W(Y, metaclass=M1): pass
    print(type(W).__name__)
except TypeError as e:
    print(type(e).__name__, e)
class Other(type): pass
try:
    class Bad(X, metaclass=Other): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__('x', ()), type(type.__prepare__()))
class NSMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class NS(metaclass=NSMeta): pass
except TypeError as e:
    print(type(e).__name__, e)
class Counting(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class CC(metaclass=Counting): pass
print(isinstance('magic', CC), isinstance(CC(), CC), issubclass(int, CC), issubclass(CC, CC))
class Rep(type):
    def __repr__(cls):
        return f'<Rep {cls.__name__}>'
class RR(metaclass=Rep): pass
print(RR, [RR], str(RR))
print(type(A).__mro__)
class Meta3(type):
    def __getitem__(cls, k):
        return f'{cls.__name__}[{k}]'
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([1, 2, 3])
class Q(metaclass=Meta3): pass
print(Q['x'], len(Q), list(Q))
class Meta4(type):
    def __new__(mcls, name, bases, ns):
        if 'forbidden' in ns:
            raise TypeError(f'{name} may not define forbidden')
        return super().__new__(mcls, name, bases, ns)
class Base4(metaclass=Meta4): pass
class Oops(Base4):
    forbidden = 1
