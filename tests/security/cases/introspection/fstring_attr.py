# expect: AttributeError
def f():
    pass
print(f"{f.__code__}")
