x: a[b] | c[d]
y: e[f][g]
z: a[b][
    c] = 1
w: a['[']["]"] + (1,  # ] )
                   2)
v: a[b] if c else lambda: 1
u: a[b] \
    < c
t: a[b][c]; s = f"{aaaa + bb}" + f"""{
  cc}"""
r: é[b] or ü = 'é'
def f(p: a[b][c] = 1, *q: d[e](f), **k: g[h] or i) -> j[k] if l else m: pass
lambda_x: a[b].c = 1
async def g() -> a[b][c]: pass
class K(a[b][c]):
    q: r[s](t)  # a comment (])
def h() -> a[lambda: 1][c]:
    pass
