# Targets are assigned left to right after the right side is evaluated; unpacking errors.
class Rec:
    def __init__(self):
        self.log = []

    def __setitem__(self, k, v):
        self.log.append((k, v))


r = Rec()
r[0], r[1] = r[2] = (10, 20)
print(r.log)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
(p, q), [s, *t], *u = (1, 2), "xyz", 7, 8
print(p, q, s, t, u)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "ab"
print(init, tail)
head, *rest = [1]
print(head, rest)
m, n = n, m = 1, 2
print(m, n)
for src in [[1, 2, 3], [1], "ab", {"k": 1}, 5]:
    try:
        e1, e2 = src
        print("unpacked", e1, e2)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
try:
    g1, g2, *g3, g4 = [1, 2]
except ValueError as err:
    print("ValueError:", err)


def gen():
    yield 1
    yield 2
    yield 3


try:
    y1, y2 = gen()
except ValueError as err:
    print("ValueError:", err)
k1, (k2, (k3, k4)) = 1, [2, (3, 4)]
print(k1, k2, k3, k4)
d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(d)
l2 = [1, 2, 3]
l2[0], l2[2] = l2[2], l2[0]
print(l2)
