# Augmented assignment to slices and subscripts: the slice is built once and passed to both
# __getitem__ and __setitem__.
class Log(list):
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)


def idx(n):
    print("  idx", n)
    return n


a = Log([0, 1, 2, 3, 4])
a[idx(1):idx(3)] += [9]
print(a)
a[idx(0)::idx(2)] *= 1
print(a)
a[idx(-1)] -= 10
print(a)
try:
    a[::2] *= 2
except ValueError as e:
    print("ValueError:", e, a)
b = [1, 2, 3, 4, 5, 6]
b[1:4] *= 2
print(b)
b[::3] += ()
print(b)
b[:] = b[::-1]
print(b)
try:
    b[::2] += [0]
except ValueError as e:
    print("ValueError:", e)
s = "abc"
try:
    s[0] += "x"
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e, t)
d = {}
d[1, 2] = 0
d[1, 2] += 5
d[(1, 2)] *= 3
print(d)
m = [[0, 0], [0, 0]]
m[idx(1)][idx(0)] += 7
print(m)
ba = bytearray(b"abcdef")
ba[1:3] += b"XY"
ba[::2] = ba[::2].upper()
print(ba)
try:
    d[[1]] += 1
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
