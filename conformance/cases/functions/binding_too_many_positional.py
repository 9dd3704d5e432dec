# "takes N positional arguments but M were given" in all its CPython 3.11 variants
def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

def none(): pass
def one(a): pass
def two(a, b): pass
def dflt1(a=1): pass
def dflt2(a, b=2): pass
def kwonly(a, *, k): pass
def kwonly_dflt(a, b=1, *, k=2, j=3): pass
def posonly(a, /): pass
def posonly_dflt(a, b=1, /, c=2): pass

show(none, 1)
show(none, 1, 2)
show(one, 1, 2)
show(two, 1, 2, 3)
show(dflt1, 1, 2)
show(dflt1, 1, 2, 3)
show(dflt2, 1, 2, 3)
show(kwonly, 1, 2)
show(kwonly, 1, 2, k=3)
show(kwonly, 1, 2, 3, k=3)
show(kwonly_dflt, 1, 2, 3)
show(kwonly_dflt, 1, 2, 3, k=0)
show(kwonly_dflt, 1, 2, 3, k=0, j=1)
show(posonly, 1, 2)
show(posonly_dflt, 1, 2, 3, 4)
show(lambda: 0, 1)
show(lambda x, y=2: 0, 1, 2, 3)

class C:
    def m(self, a): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, x): pass

show(C().m, 1, 2)
show(C.s, 1)
show(C.c, 1, 2)
show(C.m, C(), 1, 2)

def outer():
    def inner(a): pass
    return inner
show(outer(), 1, 2)
outer()(1, 2, 3)
