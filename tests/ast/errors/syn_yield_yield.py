def f():
    x = yield yield 1
