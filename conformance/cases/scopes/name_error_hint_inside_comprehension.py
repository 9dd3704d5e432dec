# inside a comprehension only its own variables, globals and builtins are candidates
def f():
    items = [1, 2]
    return [itemz for x in items]
f()
