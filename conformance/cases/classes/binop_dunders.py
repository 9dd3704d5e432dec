class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def _zip(self, other, fn):
        if isinstance(other, V):
            return V(*[fn(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[fn(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*[pow(a, o, mod) for a in self.c])
        return self._zip(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])

a, b = V(6, 9), V(2, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b, a @ b)
print(a + 1, a * 2, a ** 2, pow(a, 2), pow(a, 2, 5))
print(divmod(a, b), -a, +a, abs(V(-1, 2)), ~a)
for op in (lambda: 1 + a, lambda: a + "s", lambda: "s" * a, lambda: a < b, lambda: [] - a):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
class Plain: pass
p = Plain()
tests = [lambda: p + 1, lambda: 1 + p, lambda: p - p, lambda: p * 2, lambda: p / 1,
         lambda: p // 1, lambda: p % 1, lambda: p ** 2, lambda: p << 1, lambda: p >> 1,
         lambda: p & 1, lambda: p | 1, lambda: p ^ 1, lambda: p @ p, lambda: -p, lambda: +p,
         lambda: ~p, lambda: abs(p), lambda: divmod(p, 1), lambda: pow(p, 2, 3),
         lambda: p < 1, lambda: p >= p, lambda: p == p, lambda: p != 1, lambda: 1.5 - p,
         lambda: 'x' % p, lambda: [1] * p, lambda: (1,) + p]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
def aug1(q):
    q += 1
def aug2(q):
    q -= 1
def aug3(q):
    q *= 1
def aug4(q):
    q /= 1
def aug5(q):
    q //= 1
def aug6(q):
    q %= 1
def aug7(q):
    q **= 1
def aug8(q):
    q <<= 1
def aug9(q):
    q >>= 1
def aug10(q):
    q &= 1
def aug11(q):
    q |= 1
def aug12(q):
    q ^= 1
def aug13(q):
    q @= 1
for f in (aug1, aug2, aug3, aug4, aug5, aug6, aug7, aug8, aug9, aug10, aug11, aug12, aug13):
    try:
        f(p)
    except TypeError as e:
        print(type(e).__name__, e)
print(None + a)
