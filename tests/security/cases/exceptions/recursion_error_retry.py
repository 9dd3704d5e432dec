# expect: limit=time
# Catching RecursionError and recursing again: exponential work, ended by the clock.
def f():
    try:
        f()
    except RecursionError:
        f()
f()
