class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), Z.__base__ is K1)
class Base:
    def who(self): return 'Base'
class L(Base):
    def who(self): return 'L'
class R(Base):
    def who(self): return 'R'
class Diamond(L, R): pass
print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])
class Diamond2(R, L): pass
print(Diamond2().who())
try:
    class Bad(Base, L): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotType(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BoolSub(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay2(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__mro__, object.__bases__, object.__base__)
print(int.__mro__, bool.__mro__)
print(type.__mro__)
print(issubclass(Z, O), issubclass(O, Z), issubclass(Diamond, (int, R)))
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class PP(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Conflict2(XY, YX): pass
