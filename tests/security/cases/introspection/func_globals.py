# expect: AttributeError
def f():
    pass
g = f.__globals__
print(g["__builtins__"])
