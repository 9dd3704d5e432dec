class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class S:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class E(Exception):
    pass
class L(list):
    pass
class Sub(A):
    def hi(self): return 'hi from ' + type(self).__name__
a = A()
a.data = 1
for t in (B, S, int, L, E, Sub):
    try:
        a.__class__ = t
        print('ok', t.__name__, a.who(), a.data)
        a.__class__ = A
    except TypeError as e:
        print(type(e).__name__, e)
s = S()
s.x = 5
for t in (S2, S3, A):
    try:
        s.__class__ = t
        print('ok', t.__name__, s.x)
        s.__class__ = S
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (1, None):
    try:
        a.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
for obj, t in ((1, bool), ('s', A), ([], L), (object(), A)):
    try:
        obj.__class__ = t
    except TypeError as e:
        print(type(e).__name__, e)
a.__class__ = Sub
print(a.hi(), isinstance(a, Sub), type(a).__name__, a.data)
l = L([1, 2])
class L2(list):
    def total(self): return sum(self)
l.__class__ = L2
print(l.total(), type(l).__name__, l)
class Base1:
    def greet(self): return 'Base1'
class Base2:
    def greet(self): return 'Base2'
class Kid(Base1):
    pass
k = Kid()
print(k.greet(), Kid.__bases__)
Kid.__bases__ = (Base2,)
print(k.greet(), Kid.__bases__, [c.__name__ for c in Kid.__mro__])
class GrandKid(Kid):
    pass
Kid.__bases__ = (Base1, Base2)
print(GrandKid().greet(), [c.__name__ for c in GrandKid.__mro__])
for bad in ((), [Base1], (1,), (GrandKid,), (L,), (Base1, Base1)):
    try:
        Kid.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print([c.__name__ for c in Kid.__mro__])
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
class Victim(XY): pass
try:
    Victim.__bases__ = (XY, YX)
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in Victim.__mro__], Victim.__bases__)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Kid.__bases__
except TypeError as e:
    print(type(e).__name__, e)
try:
    Kid.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
s.__class__ = S3
