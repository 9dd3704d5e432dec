# expect: limit=time
# flags: --timeout 1
# Raising while handling an exception whose __context__ chain loops without passing through
# the new one: chaining it walked the loop forever, past the deadline (a hang).  The walk stops
# where the loop comes round, as CPython's does; what remains is an ordinary infinite loop.
try:
    raise ValueError("a")
except ValueError as a:
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    while True:
        try:
            raise KeyError("k")
        except KeyError:
            pass
