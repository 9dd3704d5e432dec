# unexpected keywords, duplicated values, positional-only parameters passed by keyword
def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b): return a, b
def po(a, b, /, c): return a, b, c
def po_kw(a, b, /, **kw): return a, b, kw
def kwonly(*, k): return k

show(f, 1, 2, c=3)
show(f, 1, a=2)
show(f, 1, 2, b=3)
show(f, b=1, a=2)
show(f, 1, b=2)
show(po, 1, 2, 3)
show(po, 1, 2, c=3)
show(po, a=1, b=2, c=3)
show(po, 1, b=2, c=3)
show(po, 1, 2, a=0, b=0)     # reported as positional-only, not as a duplicate
show(po, 1, 2, 3, b=0, zz=1)
show(po, 1, 2, 3, zz=1)
show(po_kw, 1, 2, a=3, b=4)  # with **kw, the names just go into kw
show(kwonly, k=1)
show(kwonly, kk=1)
show(kwonly, 1)
show(kwonly, 1, k=2)
show(lambda: 0, x=1)
show(lambda *a: a, x=1)
show(lambda **k: k, a=1, b=2)
show(lambda a, /, **k: (a, k), 1, a=2)

class C:
    def m(self, x): return x
show(C().m, y=1)
show(C().m, 1, x=2)
show(C().m, self=1, x=2)
show(C.m, self=C(), x=5)
po(1, 2, a=3)
