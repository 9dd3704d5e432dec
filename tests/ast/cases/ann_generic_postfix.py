x: a[b](c)
def f() -> a[b][c]: pass
def g(x: a[b][c], y: d[e] = 1, *z: q[r](s)) -> t[u] or v: pass
w: a[b][c] = 1
x: a[b] * 2
x: a[b] if c else d
x: a[b] < c
x: a[b] and c
x: a[b] or c = 1
class K:
    y: a[b][c]
    z: f[g]("h")
