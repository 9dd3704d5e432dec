# expect: policy
def f(x=breakpoint):
    pass
