# expect: ok
# stdout: blocked
# A default must not reveal the attribute either.
x = getattr(object, "__subclasses__", None)
print("blocked" if x is None else x)
