class A:
    n = 0
    @staticmethod
    def s(x, y=2):
        return x * y
    @classmethod
    def c(cls, v):
        return (cls.__name__, v)
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()

class B(A):
    pass

print(A.s(3), A().s(3, 3), B.s(4))
print(A.c(1), A().c(2), B.c(3), B().c(4))
print(type(A.make()).__name__, type(B.make()).__name__, A.n, B.n)
print(type(A.__dict__['s']).__name__, type(A.__dict__['c']).__name__)
sm = A.__dict__['s']
cm = A.__dict__['c']
print(sm.__func__(2, 5), cm.__func__(A, 'x'))
print(sm(7))
print(A.c.__self__ is A, B.c.__self__ is B)
print(type(A.c).__name__, type(A.s).__name__)
print(sm.__name__, cm.__name__, sm.__wrapped__ is sm.__func__)
def plain(*args):
    return args
w = staticmethod(plain)
print(w(1, 2))
x = classmethod(plain)
print(x.__get__(None, A)(1))
print(x.__get__(A())(2))
class C:
    f = staticmethod(len)
    g = classmethod(plain)
print(C.f([1, 2]), C().f('abc'), C.g(1))
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
cm2 = classmethod(5)
class D:
    bad = cm2
try:
    D.bad()
except TypeError as e:
    print(type(e).__name__, e)
sm2 = staticmethod(5)
class E:
    bad = sm2
try:
    E.bad()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))
A.s(1, 2, 3)
