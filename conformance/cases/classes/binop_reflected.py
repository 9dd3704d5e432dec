class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'R(%r)' % (self.v,)
    def __radd__(self, o): return ('radd', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rmul__(self, o): return ('rmul', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __rand__(self, o): return ('rand', o)
    def __ror__(self, o): return ('ror', o)
    def __rxor__(self, o): return ('rxor', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
r = R(1)
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, 7 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, 1 @ r, divmod(1, r))
print('s' + r, [1] * r, (1,) + r, 1.5 + r, {1} | r, {} | r)
try:
    print(r + 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, r))
try:
    pow(2, r, 3)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.__radd__'
class Sub2(Base):
    pass
print(Base(1) + Sub(2))
print(Sub(2) + Base(1))
print(Base(1) + Sub2(2))
print(Base(1) + Base(2))
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NI() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + NI()
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def __add__(self, o):
        print('Left.__add__')
        return NotImplemented
class Right:
    def __radd__(self, o):
        print('Right.__radd__')
        return 'right wins'
print(Left() + Right())
class SameType:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        print('never called for same type')
        return 1
try:
    SameType() + SameType()
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __radd__(self, o):
        return 'IntSub.__radd__'
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1, 5 - IntSub(2))
class FSub(float):
    def __rmul__(self, o):
        return 'FSub.__rmul__'
print(2 * FSub(1.0), 2.0 * FSub(1.0), FSub(1.0) * 2)
class Str2(str):
    def __radd__(self, o):
        return 'Str2.__radd__ ' + o
print('a' + Str2('b'))
class M:
    def __mul__(self, o): return 'M.mul'
    __rmul__ = __mul__
print(M() * 3, 3 * M())
print(NI() - 1)
