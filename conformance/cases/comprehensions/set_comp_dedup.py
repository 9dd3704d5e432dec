# set comprehensions keep one element per equal value: the first one inserted wins
s = {x % 5 for x in range(23)}
print(sorted(s), len(s))
mixed = {v for v in [1, 1.0, True, 2, 2.0]}
print(sorted(mixed), [type(v).__name__ for v in sorted(mixed)])
print({v for v in [True, 1, 1.0]}, {v for v in [1.0, True]}, {v for v in [0, False, 0.0, -0.0]})
print(sorted({(a, b) for a in range(3) for b in range(3) if a <= b}))
print(sorted({a * b for a in range(1, 5) for b in range(1, 5)}))
print(len({frozenset({i % 2, i % 3}) for i in range(12)}))
print({len(w) for w in 'a bb cc ddd e'.split()})
print({x for x in ()}, set() == {x for x in []}, type({x for x in [1]}).__name__)
print({x for x in range(5) if x % 2} | {x for x in range(5) if not x % 2})
print({-x for x in range(4)} == {0, -1, -2, -3}, sorted({abs(x) for x in range(-3, 4)}))
try:
    {x for x in [1, [2], 3]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {frozenset(x) for x in [[1], [{2}]]}
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, n, tag): self.n, self.tag = n, tag
    def __hash__(self): return self.n
    def __eq__(self, other): return self.n == other.n
    def __repr__(self): return 'Key(%d, %r)' % (self.n, self.tag)
print(sorted({Key(i % 2, 'tag%d' % i) for i in range(4)}, key=lambda k: k.n))
calls = []
class Loud:
    def __init__(self, n): self.n = n
    def __hash__(self):
        calls.append('hash%d' % self.n)
        return 0
    def __eq__(self, other):
        calls.append('eq%d,%d' % (self.n, other.n))
        return False
print(len({Loud(i) for i in range(3)}), calls)
{x for x in [{}]}
