# expect: TypeError
# Re-classing an instance of a built-in type.
class S(str):
    pass
x = 5
x.__class__ = S
