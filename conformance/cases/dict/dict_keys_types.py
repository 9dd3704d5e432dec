d = {}
keys = [1, 1.5, "s", b"b", (1, 2), None, True, frozenset({1}), range(3), 2**100, -0.0, (), ("nested", (1,)), ..., int, len]
for k in keys:
    d[k] = repr(k)[:10]
print(len(d))
print([type(k).__name__ for k in d])
print(d[1], d[1.0], d[True], d[0], d[0.0], d[frozenset([1])], d[range(0, 3)], d[2**100], d[(1, 2)])
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([],), slice(1)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError", e)
class NoHash:
    __hash__ = None
class Hashable:
    pass
h = Hashable()
d2 = {h: "obj"}
print(d2[h], Hashable() in d2)
try:
    d2[NoHash()] = 1
except TypeError as e:
    print("TypeError", e)
{[]: 1}
