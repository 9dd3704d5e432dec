# expect: TypeError
# Building a function object from its type needs a code object; none is reachable.
def f():
    pass
FunctionType = type(f)
print(FunctionType(None, {}))
