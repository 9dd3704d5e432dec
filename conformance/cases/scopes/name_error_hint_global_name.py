# module-level names are suggested everywhere
important_value = 1
def f():
    return importent_value
f()
