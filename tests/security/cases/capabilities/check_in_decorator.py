# expect: policy
@exec
def f():
    pass
