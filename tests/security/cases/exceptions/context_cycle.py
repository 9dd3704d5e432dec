# expect: ValueError
# A cycle of __context__ links must not make the traceback printer loop.
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
raise a
