# Targets are stored left to right, so a failing nested target leaves earlier targets bound;
# iterators are consumed one item past the expected count.
x = y = z = "unset"
try:
    x, (y, z) = 1, (2,)
except ValueError as e:
    print("ValueError:", e, x, y, z)
x = y = z = "unset"
try:
    (x, y), z = (1,), 2
except ValueError as e:
    print("ValueError:", e, x, y, z)
x = y = z = "unset"
try:
    x, [y, *z], w = 1, 2, 3
except TypeError as e:
    print("TypeError:", e, x, y, z)
try:
    a, (b, *c, d), e = 1, [2], 3
except ValueError as e:
    print("ValueError:", e)
try:
    [[p]] = [[1, 2]]
except ValueError as e:
    print("ValueError:", e)
try:
    *s, (t, u) = [1, 2, (3, 4, 5)]
except ValueError as e:
    print("ValueError:", e, s)
consumed = []


def gen(n):
    for i in range(n):
        consumed.append(i)
        yield i


try:
    a, b = gen(10)
except ValueError as e:
    print("ValueError:", e, consumed)
consumed.clear()
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e, consumed)
consumed.clear()
first, *rest = gen(4)
print(first, rest, consumed)
consumed.clear()
try:
    a, *b, c, d = gen(2)
except ValueError as e:
    print("ValueError:", e, consumed)
(a, b), (c, d) = "xy", range(2)
print(a, b, c, d)
[a, [b, [c, *d]]] = 1, (2, "345")
print(a, b, c, d)
(*a,), b = "ab", 3
print(a, b)
for (i, j), *k in [((1, 2), 3, 4), ("ab", "c")]:
    print(i, j, k)
lst = [0, 0, 0]
lst[0], (lst[1], lst[2]) = "a", "bc"
print(lst)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    print(dict(d))
try:
    a, b = {1: 2, 3: 4, 5: 6}
except ValueError as e:
    print("ValueError:", e)
a, b = {1: 2, 3: 4}
print(a, b)
