class A:
    @classmethod
    @property
    def cls_prop(cls):
        return 'class property of ' + cls.__name__
    @staticmethod
    def sm(x):
        return x * 2
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
class B(A):
    pass
print(A.cls_prop, B.cls_prop, A().cls_prop)
sm = A.__dict__['sm']
cm = A.__dict__['cm']
print(sm(4), sm.__func__(5), type(sm).__name__, callable(sm), callable(cm))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
print(cm.__get__(None, B)(1), cm.__get__(B())(2), sm.__get__(None, A)(3), sm.__get__(A())(4))
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__, sm.__name__, cm.__qualname__)
class C:
    f = staticmethod(len)
    g = classmethod(dict.fromkeys)
    h = staticmethod(staticmethod(abs))
print(C.f('abc'), C().f([1]), C.h(-3))
try:
    print(C.g('ab'))
except TypeError as e:
    print(type(e).__name__, e)
def func(*a):
    return a
class D:
    m = func
    s = staticmethod(func)
    c = classmethod(func)
d = D()
print(d.m(1)[1:], d.s(1), d.c(1)[1:], D.m(1), D.s(2), D.c(3)[1:])
print(type(D.__dict__['m']).__name__, type(D.m).__name__, type(d.m).__name__, type(d.s).__name__, type(d.c).__name__)
class Desc:
    def __get__(self, obj, owner=None):
        return ('Desc.__get__', obj is None, owner.__name__ if owner else None)
class E:
    d = Desc()
    cd = classmethod(Desc())
print(E.d, E().d, E.__dict__['d'].__get__(None, E), E.__dict__['d'].__get__(E()))
print(E.cd)
sm2 = staticmethod(func)
sm2.extra = 'x'
print(sm2.extra, sm2.__dict__)
class F:
    @staticmethod
    def documented():
        "static doc"
print(F.documented.__doc__, F.__dict__['documented'].__doc__)
print(repr(staticmethod(func)).startswith('<staticmethod(<function func'), repr(classmethod(func)).startswith('<classmethod(<function func'))
cm(1)
