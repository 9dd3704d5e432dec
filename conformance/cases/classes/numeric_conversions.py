import math
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(abs(n), -n, +n, ~n, bin(n), hex(n), oct(n), [1, 2, 3, 4, 5][n], 'abcdef'[n:])
print(range(10)[n], list(range(n)), operator_index := n.__index__())
class OnlyIndex:
    def __index__(self): return 7
o = OnlyIndex()
print(int(o), float(o), complex(1) if False else 'x', hex(o), [0] * 8 == [0] * o, math.sqrt(o) > 2)
class OnlyInt:
    def __int__(self): return 5
oi = OnlyInt()
print(int(oi))
for f in (lambda: float(oi), lambda: [1][oi], lambda: hex(oi), lambda: range(oi)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyFloat:
    def __float__(self): return 2.5
of = OnlyFloat()
print(float(of), math.floor(of), math.sqrt(of) > 1)
try:
    int(of)
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 1.5
for f in (lambda: [1][BadIndex()], lambda: int(BadIndex()), lambda: hex(BadIndex())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IntSubReturn:
    def __int__(self):
        class I(int): pass
        return I(4)
print(type(int(IntSubReturn())).__name__, int(IntSubReturn()))
class Nothing: pass
for f in (lambda: int(Nothing()), lambda: float(Nothing()), lambda: round(Nothing()), lambda: abs(Nothing()),
          lambda: -Nothing(), lambda: ~Nothing(), lambda: math.floor(Nothing()), lambda: math.trunc(Nothing())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class RoundOnly:
    def __round__(self):
        return 'no ndigits'
print(round(RoundOnly()))
try:
    round(RoundOnly(), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(Num(1), None))
class B(int):
    def __index__(self): return 99
print([10, 20][B(1)], int(B(1)), hex(B(1)), operator_b := B(1) + 1)
int(Nothing())
