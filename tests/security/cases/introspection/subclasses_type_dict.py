# expect: KeyError
# The descriptor fetched from the metatype's namespace instead of by attribute access.
f = type.__dict__["__subclasses__"]
print(f(object))
