pairs = [(1, 1.0), (0, -0.0), (True, 1), (False, 0.0), (2**61 - 1, float(2**61 - 1)), (2**70, float(2**70)), (-5, -5.0),
         (0.5, 0.5), ((1, 2), (1.0, 2.0)), (frozenset({1}), frozenset({1.0})), ("a", "a"), (b"ab", b"ab")]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(-1) == hash(-2), hash(-1), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**122))
print(hash(1.5) == hash(3 / 2), hash(0.1) == hash(1 / 10), hash(1e-300), hash(float(2**100)) == hash(2**100))
class EqHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqHash) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(hash(EqHash(3)) == hash(3), len({EqHash(1), EqHash(1), EqHash(2)}), EqHash(1) in {EqHash(1)})
class NegOne:
    def __hash__(self):
        return -1
class Huge:
    def __hash__(self):
        return 2**100
class IntSub(int):
    pass
class HashIntSub:
    def __hash__(self):
        return IntSub(7)
print(hash(NegOne()), hash(Huge()), hash(HashIntSub()), type(hash(HashIntSub())).__name__)
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print("TypeError", e)
d = {}
d[1] = "a"; d[1.0] = "b"; d[True] = "c"
print(d, {0.0: 1, 0: 2, -0.0: 3, False: 4})
