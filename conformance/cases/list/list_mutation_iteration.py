a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [1, 2, 3]
it = iter(c)
next(it)
c.clear()
print(list(it), c)
d = [1, 2, 3]
it = iter(d)
print(next(it), d.insert(0, 0), next(it), next(it), next(it, "end"))
e = list(range(5))
r = reversed(e)
print(next(r))
e.pop()
e.pop()
print(list(r))
f = [3, 1, 2]
g = f
f.sort()
print(g, f is g)
h = [1, 2]
h.extend(h)
print(h)
h += h
print(h, len(h))
h[:] = h[::-1]
print(h)
i = [1, 2, 3]
i[1:2] = i
print(i)
j = [[1, 2]] * 2
j[0].append(3)
print(j, j[0] is j[1])
k = [0] * 3
k[0] = 5
print(k)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if self.v == "boom":
            raise ValueError("eq failed")
        return isinstance(o, E) and self.v == o.v
for op in [lambda: [E("boom")].index(E(1)), lambda: E(1) in [E("boom")], lambda: [E("boom")].count(E(1)),
           lambda: [E("boom")].remove(E(1)), lambda: [E("boom")] == [E(1)]]:
    try:
        print(op())
    except ValueError as ex:
        print("ValueError", ex)
print([E(1)] == [E(1)], [E(1)].index(E(1)), [E(2), E(1)].count(E(1)))
l = [1, 2, 3]
l.__init__([9])
print(l)
l.__init__()
print(l)
def g2():
    yield 1
    raise RuntimeError("gen broke")
m = [0]
try:
    m.extend(g2())
except RuntimeError as ex:
    print("RuntimeError", ex, m)
try:
    list(g2())
except RuntimeError as ex:
    print("RuntimeError", ex)
n = [1, 2, 3, 4, 5, 6]
del n[1::2]
print(n)
n[len(n):] = [7, 8]
print(n)
n[-1:-1] = ["x"]
print(n)
o = [1]
o.insert(-100, 0)
o.insert(100, 2)
print(o, o.pop(-3), o)
[1].pop(-2)
