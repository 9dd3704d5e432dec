# expect: AttributeError
def f():
    pass
print(f.__getattribute__("__code__"))
