a = []
a.append(a)
print(a, repr(a), str(a), [a], (a,), {"k": a})
b = [1, [2, [3, [4]]]]
b[1][1][1].append(b)
print(b)
c = [1]
d = [c, c]
print(d)
e = {}
e["self"] = e
e["list"] = [e]
print(e)
f = [1, 2]
g = (f,)
f.append(g)
print(f, g)
h = {1: []}
h[1].append(h)
print(h, [h, h])
s = set()
lst = [s]
print(lst, [[[[[]]]]], [(), ((),)])
class R:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "R(%r)" % self.items
r = R()
r.items.append(r)
try:
    print(r)
except RecursionError as ex:
    print("RecursionError")
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:60], len(repr(deep)))
print(a == a, [a] == [a], a.count(a), a.index(a), a in a)
