# expect: policy
# Class-body names are namespace look-ups, not globals: the check must still see them.
class A:
    x = eval("1")
