# expect: AttributeError
# The name is built at run time, so no static check can see it.
name = "".join(["__sub", "class", "es__"])
print(getattr(object, name)())
