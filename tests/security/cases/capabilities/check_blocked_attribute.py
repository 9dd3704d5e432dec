# expect: policy
def f():
    pass
f.__globals__
