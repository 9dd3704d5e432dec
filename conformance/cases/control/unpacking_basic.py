a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [7]
print(h)
(i,) = (8,)
print(i)
j, k = {"one": 1, "two": 2}
print(j, k)
l, m = {10, 20}
print(sorted([l, m]))
n, o = range(2)
print(n, o)
p, q = (x * x for x in (3, 4))
print(p, q)
r, (s, (t, u)) = 1, (2, (3, 4))
print(r, s, t, u)
for idx, (key, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, key, val)
x = y = z = []
x.append(1)
print(x, y, z, x is y is z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
obj = type("Obj", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
d = {}
d["x"], d["y"] = 1, 2
print(d)
first, second = second, first = 1, 2
print(first, second)
