class Tracer:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
def make(op):
    def fwd(self, o): return f'{self!r}.__{op}__({o!r})'
    def rev(self, o): return f'{self!r}.__r{op}__({o!r})'
    def inp(self, o): return f'{self!r}.__i{op}__({o!r})'
    return fwd, rev, inp
ns = {}
for op in ops:
    f, r, i = make(op)
    ns[f'__{op}__'] = f
    ns[f'__r{op}__'] = r
    ns[f'__i{op}__'] = i
T = type('T', (Tracer,), ns)
a, b = T('a'), T('b')
print(a + b, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a ^ b, a | b)
print(1 + a, 1 - a, 1 * a, 1 @ a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 ^ a, 1 | a)
x = T('x')
x += 1; print(x)
x = T('x')
x -= 1; print(x)
x = T('x')
x *= 1; print(x)
x = T('x')
x @= 1; print(x)
x = T('x')
x /= 1; print(x)
x = T('x')
x //= 1; print(x)
x = T('x')
x %= 1; print(x)
x = T('x')
x **= 1; print(x)
x = T('x')
x <<= 1; print(x)
x = T('x')
x >>= 1; print(x)
x = T('x')
x &= 1; print(x)
x = T('x')
x ^= 1; print(x)
x = T('x')
x |= 1; print(x)
print(pow(a, 2), pow(2, a))
try:
    pow(a, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class P3:
    def __pow__(self, e, m=None): return ('pow3', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
print(pow(P3(), 2, 5), P3() ** 2, 2 ** P3(), pow(2, P3()))
try:
    pow(2, P3(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class DM:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(DM(), 3), divmod(3, DM()))
class None_:
    pass
for f in (lambda: divmod(None_(), 1), lambda: divmod(1, None_())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
names = [n for n in dir(T) if n.startswith('__r') and n.endswith('__') and n[3:-2] in ops]
print(len(names), sorted(names)[:3])
print(T.__add__.__name__, T.__radd__.__qualname__)
