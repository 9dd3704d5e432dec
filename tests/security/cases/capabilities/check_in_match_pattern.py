# expect: policy
# A value pattern is an attribute access.
def f():
    pass
match 1:
    case f.__code__:
        pass
