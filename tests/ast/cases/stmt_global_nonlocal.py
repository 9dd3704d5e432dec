global a
global a, b, c
def f():
    x = 1
    def g():
        nonlocal x
        nonlocal x, y
