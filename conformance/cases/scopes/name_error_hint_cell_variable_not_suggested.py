# a variable captured by an inner scope is a cell: CPython does not suggest it
def f():
    lenght = 3
    def g():
        return lenght
    return g() + lengh
f()
