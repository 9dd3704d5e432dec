def f():
    a = yield
    b = yield 1
    c = yield from x
    d = e = yield
