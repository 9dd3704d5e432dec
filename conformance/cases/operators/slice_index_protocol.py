# Slice bounds accept ints, bools, None and __index__ objects; other types are refused with
# per-type messages. Ranges slice into ranges.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
s = "abcdefghij"
t = tuple(data)
r = range(0, 20, 2)
for sl in [slice(I(2), I(8), I(3)), slice(True, None, True), slice(None, I(-3)),
           slice(-10**30, 10**30), slice(10**30, -10**30, -1), slice(None, None, I(-4)), slice(8, 1, -3)]:
    print(data[sl], s[sl], t[sl], r[sl], len(r[sl]))
print(r[::-1], r[5:0:-2], r[-1:-100:-3], range(10**20)[::10**19], range(5, 0, -1)[1:3], range(0)[::-1])
print(data[I(3)], s[I(-1)], t[True], r[I(2)], data[I(-1)])
for obj in [data, s, t, r, b"bytes", bytearray(b"ba")]:
    for key in [1.0, "1", None, slice(0, 1.5), slice("a", None), slice(None, None, 0.5), (1, 2)]:
        try:
            print(type(obj).__name__, repr(key), obj[key])
        except (TypeError, ValueError) as e:
            print(type(obj).__name__, type(e).__name__ + ":", e)
for key in [slice(0, 1, 0), 10**30, -11]:
    for obj in [data, s, r]:
        try:
            print(obj[key])
        except (ValueError, IndexError) as e:
            print(type(obj).__name__, type(e).__name__ + ":", e)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl == slice(1, 10, 2), sl != slice(1, 10), slice(3), slice(None, None, None))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100, -7).indices(10), slice(10**30).indices(3))
try:
    hash(sl)
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) < slice(1, 3), slice(0, 1, 2) >= slice(0, 1, 2))
for obj in [bytearray(b"ab"), [1, 2], b"ab"]:
    for key in ["a", 1.5, None, I(1)]:
        try:
            obj[key] = 1
            print(type(obj).__name__, "set", obj)
        except TypeError as e:
            print(type(obj).__name__, "set TypeError:", e)
        try:
            del obj[key]
            print(type(obj).__name__, "del", obj)
        except TypeError as e:
            print(type(obj).__name__, "del TypeError:", e)
