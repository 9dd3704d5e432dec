class C:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __eq__(self, o):
        print(self.name, '__eq__', getattr(o, 'name', o))
        return NotImplemented
    def __lt__(self, o):
        print(self.name, '__lt__', getattr(o, 'name', o))
        return NotImplemented
    def __gt__(self, o):
        print(self.name, '__gt__', getattr(o, 'name', o))
        return NotImplemented
    def __le__(self, o):
        print(self.name, '__le__', getattr(o, 'name', o))
        return NotImplemented
    def __ge__(self, o):
        print(self.name, '__ge__', getattr(o, 'name', o))
        return NotImplemented
a, b = C(1, 'a'), C(2, 'b')
print(a == b)
print(a != b)
print(a == a)
for e in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b, lambda: a < 1,
          lambda: 1 > a):
    try:
        print(e())
    except TypeError as ex:
        print(type(ex).__name__, ex)
class Sub(C):
    def __eq__(self, o):
        print(self.name, 'Sub.__eq__')
        return True
    def __lt__(self, o):
        print(self.name, 'Sub.__lt__')
        return 'sub-lt'
    def __gt__(self, o):
        print(self.name, 'Sub.__gt__')
        return 'sub-gt'
s = Sub(3, 's')
print(a == s)
print(a > s)
print(s < a)
print(a < s)
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __repr__(self): return 'N%d' % self.v
ns = [N(3), N(1), N(2)]
print(sorted(ns), max(ns), min(ns))
print(N(1) > N(0), N(1) == N(1), N(1) != N(1), N(1) != N(2), N(1) == 1)
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__, e)
class NeOnly:
    def __ne__(self, o): return 'custom ne'
print(NeOnly() != 1, NeOnly() == 1)
class EqTruthy:
    def __eq__(self, o): return [1]
    def __ne__(self, o): return []
print(EqTruthy() == 1, EqTruthy() != 1, 1 in [EqTruthy()])
print(N(1) in [N(0), N(1)], [N(1)] == [N(1)], (N(1),) < (N(2),))
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() != AlwaysEq(), [AlwaysEq()].count(5), [1, 2].index(AlwaysEq()))
print(N(1) < 5)
