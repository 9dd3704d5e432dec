class A:
    x = 'A.x'
    y = 'A.y'
    def who(self): return 'A'
class B(A):
    x = 'B.x'
class C(A):
    x = 'C.x'
    y = 'C.y'
    def who(self): return 'C'
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.who(), [k.__name__ for k in D.__mro__])
C.z = 'C.z'
print(d.z)
B.z = 'B.z'
print(d.z)
del B.z
print(d.z)
A.w = 'A.w'
print(D.w, d.w)
d.x = 'instance'
print(d.x, D.x)
class E(D):
    def who(self): return 'E>' + super().who()
print(E().who())
class F(C, B):
    pass
try:
    class G(D, F):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2: pass
class O3: pass
class X1(O1, O2): pass
class X2(O2, O3): pass
class Y(X1, X2): pass
print([k.__name__ for k in Y.__mro__])
print(Y.mro() == list(Y.__mro__), type(Y.mro()).__name__)
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A, metaclass=Meta):
    pass
print([k.__name__ for k in Custom.__mro__], hasattr(Custom, 'x'), Custom.__base__.__name__)
class Meta2(type):
    def mro(cls):
        print('Meta2.mro for', cls.__name__)
        return super().mro()[::-1][1:] + [object]
class Rev(A, metaclass=Meta2):
    pass
print([k.__name__ for k in Rev.__mro__])
class BadMro(type):
    def mro(cls):
        return [cls, 1]
try:
    class BM(metaclass=BadMro):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ListLayout(type):
    def mro(cls):
        return [cls, list, object]
try:
    class LL(metaclass=ListLayout):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Z1: pass
class Z2(Z1): pass
try:
    class Z3(Z1, Z2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Z4(Z2, Z1): pass
print([k.__name__ for k in Z4.__mro__])
print(object.mro(), int.mro(), bool.mro())
class Deep1: pass
class Deep2(Deep1): pass
class Deep3(Deep2): pass
class Deep4(Deep3): pass
print(len(Deep4.__mro__), Deep4.__mro__[-2].__name__)
class Q(Z1, Z2): pass
