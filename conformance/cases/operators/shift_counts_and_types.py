# Shift counts: bools, huge counts, negative counts on both shifts, and non-int operands.
print(1 << True, 8 >> True, True << True, False << 100, type(True << 1).__name__, type(True >> 0).__name__)
print(5 >> 10**30, -5 >> 10**30, 0 << 10**30, 0 >> 10**30, -1 >> 2**64, 2**200 >> 10**20)
for a in [1, -1, 7, -7, 2**65 + 3, -(2**65) - 3]:
    print(a, [a >> n for n in (1, 2, 63, 64, 65, 66)], [a << n for n in (1, 63, 64)])
for a, n in [(1, -1), (0, -1), (-8, -2), (2**70, -(2**70)), (True, -1)]:
    for name, op in [("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y)]:
        try:
            print(op(a, n))
        except ValueError as e:
            print(repr(a), name, repr(n), "ValueError:", e)


class Idx:
    def __index__(self):
        return 2


for a, n in [(1, 2.0), (1.0, 2), (1, Idx()), (Idx(), 1), ("a", 1), (1, None), ([1], 1)]:
    for name, op in [("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y)]:
        try:
            print(op(a, n))
        except TypeError as e:
            print("TypeError:", e)
x = 3
x <<= 70
print(x)
x >>= 69
print(x)
try:
    x <<= -1
except ValueError as e:
    print("ValueError:", e, x)
try:
    x >>= 0.5
except TypeError as e:
    print("TypeError:", e)
print(1 << 2 + 1, (1 << 2) + 1, 1 + 2 << 3, 2 ** 3 << 1, 16 >> 2 >> 1, 16 >> (2 >> 1), -16 >> 2 & 0xFF)
