d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
e = {1: 1, 2: 2}
it = iter(e)
next(it)
del e[2]
e[3] = 3
try:
    print(list(it))
except RuntimeError as ex:
    print("RuntimeError", ex)
f = {"a": 1}
vals = f.values()
f["b"] = 2
print(list(vals), len(vals), "b" in f.keys())
g = {1: 1}
try:
    for k in g:
        g.pop(k)
        g[k] = 1
    print("no error", g)
except RuntimeError as ex:
    print("RuntimeError", ex)
h = {1: 1, 2: 2}
try:
    for item in h.items():
        h.clear()
except RuntimeError as ex:
    print("RuntimeError", ex)
m = {1: 1}
for k in m:
    m.update({1: 5})
print(m)
n = {1: 1}
for k in n:
    n.setdefault(2, 2)
