def f():
    pass
def f(a):
    pass
def f(a, b=1, *args, c, d=2, **kwargs):
    pass
def f(a, /, b, *, c):
    pass
def f(a=1, /, b=2, *, c=3, d):
    pass
def f(*, a):
    pass
def f(a, /):
    pass
def f(**k):
    pass
def f(*a, **k):
    pass
def f(a,):
    pass
