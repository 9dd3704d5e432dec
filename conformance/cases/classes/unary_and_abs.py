class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'Vec{self.c}'
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __pos__(self): return Vec(*(abs(x) for x in self.c))
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __bool__(self): return any(self.c)
v = Vec(3, -4)
print(-v, +v, abs(v), ~v, not v, not Vec(0, 0), --v, -(-v), ~~v)
class Partial:
    def __neg__(self): return 'neg only'
p = Partial()
print(-p)
for f in (lambda: +p, lambda: ~p, lambda: abs(p)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class RetNotImpl:
    def __neg__(self): return NotImplemented
print(-RetNotImpl())
class IntSub(int):
    def __neg__(self): return 'custom neg'
print(-IntSub(5), +IntSub(5), abs(IntSub(-5)), ~IntSub(5), type(+IntSub(5)).__name__, type(abs(IntSub(-2))).__name__)
class FloatSub(float):
    def __abs__(self): return 'custom abs'
print(abs(FloatSub(-1.5)), -FloatSub(1.5), type(-FloatSub(1.5)).__name__)
print(-True, +False, ~True, abs(-0.0), -0.0, ~0)
for f in (lambda: -'s', lambda: +[], lambda: ~1.5, lambda: abs('x'), lambda: -None, lambda: ~{}):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class Raiser:
    def __neg__(self): raise ArithmeticError('cannot negate')
try:
    -Raiser()
except ArithmeticError as e:
    print(type(e).__name__, e)
~Partial()
