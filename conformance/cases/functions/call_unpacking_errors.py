# errors of * and ** at the call site, worded as CPython 3.11 does
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

def f(a=0, b=0, **kw): return a, b, kw
class C:
    def m(self, **kw): return kw
class NotMapping:
    def __getitem__(self, k): return 1
class NoIter:
    pass

show(lambda: f(*1))
show(lambda: f(*None))
show(lambda: f(*NoIter()))
show(lambda: f(**1))
show(lambda: f(**[('a', 1)]))
show(lambda: f(**NotMapping()))
show(lambda: f(**None))
show(lambda: f(**{1: 2}))
show(lambda: f(**{'a': 1, 2: 3}))
show(lambda: f(x=1, **{(1,): 2}))
show(lambda: f(a=1, **{'a': 2}))
show(lambda: f(**{'a': 1}, **{'a': 2}))
show(lambda: f(**{'b': 1}, b=2))
show(lambda: f(**{1: 1}, **{1: 2}))
show(lambda: f(1, **{'a': 2}))
show(lambda: C().m(**{'x': 1}, **{'x': 2}))
show(lambda: C.m(**3))
show(lambda: print(*1))
show(lambda: print(**1))
show(lambda: len(**{'x': 1}))
show(lambda: dict(**{1: 2}))
show(lambda: dict(**{'a': 1}, **{'a': 2}))
show(lambda: [].append(*5))
show(lambda: C(*5))
show(lambda: C(**5))
show(lambda: (lambda: 0)(**{1: 1}))
def outer():
    def inner(**k): pass
    return inner
show(lambda: outer()(**{'a': 1}, **{'a': 1}))
show(lambda: outer()(*3))
f(**{'a': 1}, **{'a': 1})
