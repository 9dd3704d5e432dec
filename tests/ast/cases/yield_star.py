def f():
    yield *a, b
    x = yield *a,
    return *a, *b
