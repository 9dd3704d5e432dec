class A:
    def __init__(self, x):
        self.x = x
        print('A.__init__', x)
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
    @staticmethod
    def sm():
        return 'A.sm'
    def __repr__(self):
        return 'A-repr'

class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('B.__init__', y)
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
    @staticmethod
    def sm():
        return 'B.sm'
    def __repr__(self):
        return 'B(' + super().__repr__() + ')'

class C(B):
    def f(self):
        return 'C.f>' + super().f()
    def g(self):
        s = super()
        return type(s).__name__, s.f()
    def via_lambda(self):
        return (lambda: super().f())()
    def via_comp(self):
        return [super().f() for _ in range(1)]
    def nested(self):
        def inner():
            return super().f()
        return inner()

c = C(1, 2)
print(c.x, c.y, c.f(), C.cm(), c.cm(), c.sm())
print(repr(c), c.g())
print(c.via_lambda(), c.via_comp())
try:
    c.nested()
except RuntimeError as e:
    print(type(e).__name__, e)

class N:
    def __new__(cls, *args):
        print('N.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('N.__init__', args)
class N2(N):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.tag = 'n2'
        return inst
n = N2(1, 2)
print(n.tag)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class S:
    def m(self):
        del self
        return super().m()
try:
    S().m()
except RuntimeError as e:
    print(type(e).__name__, e)
class T:
    def m(*args):
        return super().__repr__ is not None
print(T().m())
class U:
    def m():
        return super()
try:
    U.m()
except RuntimeError as e:
    print(type(e).__name__, e)
class V:
    def m(self):
        __class__ = 1
        return __class__
print(V().m())
class W:
    def m(self):
        return __class__
print(W().m().__name__)
class X:
    def f(self):
        return super().missing
X().f()
