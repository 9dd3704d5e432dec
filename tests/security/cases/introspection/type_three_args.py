# expect: AttributeError
# A class built with type() gets no special powers: its namespace is still policed.
X = type("X", (object,), {"__subclasses__": 1})
print(X.__subclasses__)
