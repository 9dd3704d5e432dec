# builtins come last
def f():
    return lenn([1])
f()
