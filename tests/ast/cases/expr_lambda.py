a = lambda: 0
b = lambda x: x
c = lambda x, y=1, *a, z, w=2, **k: 0
d = lambda *, k: k
e = lambda x, /, y: 0
f = lambda *a: a
g = lambda **k: k
h = lambda: (yield)
i = lambda x=lambda: 1: x
