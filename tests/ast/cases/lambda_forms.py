a = lambda: (yield)
b = lambda *, a=1, b: a
c = lambda a, /, b=2, *c, d=3, **e: 0
d = lambda x=lambda y=lambda: 0: y: x
e = (lambda: 1)()
