def f():
    yield
    yield a
    yield from b
