class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
    def __str__(self): return f'({self.x}, {self.y})'
    def __format__(self, spec):
        if spec == 'polar':
            return 'polar!'
        if not spec:
            return str(self)
        return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
p = P(1.5, 'a')
print(p, repr(p), str(p), [p], (p,), {p: p}, f'{p}', f'{p!r}', f'{p!s}')
q = P(1.25, 2.5)
print(format(q, '.2f'), f'{q:.1f}', f'{q:polar}', '{:>6}'.format(P(1, 2)), '{0!r:}'.format(q))
print('%s %r' % (q, q), str([q]), ascii(P('é', 1)))
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
o = OnlyRepr()
print(o, str(o), f'{o}', format(o), format(o, ''), [o])
try:
    format(o, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{o:>10}'
except TypeError as e:
    print(type(e).__name__, e)
class OnlyStr:
    def __str__(self): return 'only str'
s = OnlyStr()
print(s, str(s), repr(s).startswith('<__main__.OnlyStr object at 0x'), f'{s}')
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)
class StrSubRepr:
    def __repr__(self):
        class S(str): pass
        return S('sub-str repr')
print(repr(StrSubRepr()), type(repr(StrSubRepr())).__name__)
class Num(float):
    def __repr__(self): return 'Num(%s)' % float.__repr__(self)
n = Num(2.5)
print(n, repr(n), str(n), f'{n}', f'{n:.3f}', format(n, 'e'))
class I(int):
    def __str__(self): return 'I-str'
i = I(7)
print(i, repr(i), f'{i}', f'{i:03d}', '%d' % i, str(i), '{}'.format(i))
class RecursiveRepr:
    def __init__(self): self.items = [self]
    def __repr__(self): return 'R' + repr(self.items)
print(RecursiveRepr())
class ReprRaises:
    def __repr__(self): raise ValueError('no repr')
try:
    print([ReprRaises()])
except ValueError as e:
    print(type(e).__name__, e)
print(object.__repr__(o).startswith('<__main__.OnlyRepr object'), object.__str__(o))
class Nested:
    class Inner:
        pass
print(repr(Nested.Inner()).split(' at ')[0], Nested.Inner.__qualname__)
print(f'{p!r:>20}|', f'{p!s:^12}|')
print(format(P(1, 2), 'd'))
format(o, 'd')
