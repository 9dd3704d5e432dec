def f(a, b: int = 1, *c: int, d, e=2, **f): pass
