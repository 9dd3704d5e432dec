# "missing N required positional/keyword-only argument(s): ..." with CPython's name lists
def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def four(a, b, c, d): pass
def with_default(a, b, c=3): pass
def kw1(*, a): pass
def kw3(*, a, b, c): pass
def kw_mixed(x, *, a, b=2, c): pass
def both(a, b, *, c, d): pass

show(one)
show(two)
show(two, 1)
show(two, b=1)
show(three)
show(three, 1)
show(three, b=2)
show(four)
show(four, c=1)
show(with_default)
show(with_default, c=1)
show(kw1)
show(kw3)
show(kw3, b=1)
show(kw3, a=1, c=1)
show(kw_mixed, 1)
show(kw_mixed, 1, a=1)
show(both)          # positional ones are reported first
show(both, 1, 2)
show(both, 1, 2, d=1)
show(lambda a, b: 0)
show(lambda *, a, b=1: 0)

class C:
    def __init__(self, x, y): pass
    def m(self, p, q, r): pass
show(C)
show(C, 1)
show(C(1, 2).m, 1)
show(C.m)
four(1)
