# expect: AttributeError
# object.__getattribute__ is the generic lookup itself; it must apply the policy too.
def f():
    pass
print(object.__getattribute__(f, "__globals__"))
