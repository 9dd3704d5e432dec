# &, | and ^ keep bool when both sides are bool; mixes with int, sets, views and user types.
for a in [True, False]:
    for b in [True, False, 0, 1, 2, -1]:
        r = (a & b, a | b, a ^ b)
        print(a, b, r, [type(x).__name__ for x in r])
b = True
b &= True
print(b, type(b).__name__)
b |= 0
print(b, type(b).__name__)
b = False
b ^= True
print(b, type(b).__name__)
b <<= 2
print(b, type(b).__name__)
for a, c in [(-1, 2**70), (-(2**70), 2**70 - 1), (-6, -3), (2**64 - 1, -(2**63)), (-(2**100) - 1, 2**100)]:
    print(a & c, a | c, a ^ c, ~a & c, (a ^ c) ^ c == a, (a & c) | (a & ~c) == a)
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 ^ s2), sorted(s1 - s2), frozenset({1}) | {2} == {1, 2})
k1, k2 = {"a": 1, "b": 2}.keys(), {"b": 3, "c": 4}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 ^ k2), sorted(k1 - {"a"}), sorted({"x": 1}.items() | {("y", 2)}))
print({"a": 1} | {"a": 2, "b": 3}, type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)


class Flags:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Flags(self.v & (o.v if isinstance(o, Flags) else o))

    __rand__ = __and__

    def __or__(self, o):
        return NotImplemented

    def __ror__(self, o):
        return f"ror({o})"

    def __repr__(self):
        return f"Flags({self.v})"


print(Flags(6) & Flags(3), 5 & Flags(3), Flags(12) & 4, 1 | Flags(2), True & Flags(3))
for a, c in [(1.0, 1), (1, 1.5), ("a", "b"), ([1], [1]), ({1}, [1]), ({"a": 1}, [("b", 2)]), (Flags(1), Flags(2)),
             (None, 1), (b"a", 1)]:
    for sym, op in [("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y)]:
        try:
            print(op(a, c))
        except TypeError as e:
            print("TypeError:", e)
