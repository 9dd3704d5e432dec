d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 3):
    del d[str(i)]
d["0"] = "again"
print(list(d.items())[:6], len(d))
print(list(d.keys())[-3:], list(d.values())[-3:])
e = dict.fromkeys(range(1000))
for k in list(e):
    if k % 10:
        del e[k]
print(len(e), list(e)[:5], list(reversed(e))[:3])
f = {1: 1}
f.pop(1)
f[2] = 2
f[1] = 1
print(f, list(f))
g = {"x": 1, "y": 2, "z": 3}
g["x"] = 10
print(g)
del g["y"]
g["y"] = 20
print(g, list(reversed(g.items())))
h = {}
h[1] = "a"; h[1.0] = "b"; h[True] = "c"
print(h, list(h.keys()), type(list(h)[0]))
print({**{"b": 1}, **{"a": 2}, **{"b": 3}})
print(dict(zip("cab", range(3))), dict(sorted(zip("cab", range(3)))))
m = {i: i for i in range(5)}
while m:
    print(m.popitem(), end=" ")
print()
big = {i: i * i for i in range(10000)}
print(len(big), big[9999], sum(big.values()) % 1000)
print({True: 1, 1.0: 2, 1: 3})
print(hash(()) is not None, {(): 1, None: 2, ...: 3, frozenset(): 4})
