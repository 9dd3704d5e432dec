# + and * on sequences: which operand types concatenate or repeat, and the messages
# for the rest.
class Idx:
    def __index__(self):
        return 2


print([1] * Idx(), "ab" * Idx(), Idx() * (0,), [0] * True, "x" * False, [1, 2] * -3, "ab" * -(10**3))
print(b"ab" * Idx(), bytearray(b"z") * 3, range(2) if False else "skip", [[]] * 2, "" * 10**3)
for a, b in [([1], (2,)), ((1,), [2]), ("a", 1), ("a", b"b"), (b"a", "b"), (b"a", bytearray(b"b")),
             (bytearray(b"a"), b"b"), ([1], "ab"), ((), None), ("a", ["b"]), (range(1), range(2)), ([1], {1})]:
    try:
        print(repr(a + b))
    except TypeError as e:
        print("TypeError:", e)
for a, b in [([1], 2.0), ("ab", "2"), ((1,), [2]), (2.0, "ab"), ("ab", Idx() if False else None), ([1], 2**100),
             ("a", -(2**100)), (b"x", 1.5), (range(3), 2), ({1}, 2), ([1], [2])]:
    try:
        print(repr(a * b))
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
x = [1]
y = x
x *= 3
x += "ab"
x += (9,)
print(x, y is x)
try:
    x += 5
except TypeError as e:
    print("TypeError:", e)
t = "ab"
try:
    t += 1
except TypeError as e:
    print("TypeError:", e)
try:
    t *= 1.0
except TypeError as e:
    print("TypeError:", e)
tu = (1,)
try:
    tu += [2]
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __init__(self, items):
        self.items = items

    def __mul__(self, n):
        return Seq(self.items * n)

    def __rmul__(self, n):
        return Seq(n * self.items)

    def __add__(self, other):
        return Seq(self.items + list(other))

    def __repr__(self):
        return f"Seq({self.items})"


print(Seq([1]) * 2, 3 * Seq([0]), Seq([1]) + (2, 3), Seq([]) + "ab")
try:
    (1, 2) + Seq([3])
except TypeError as e:
    print("TypeError:", e)
