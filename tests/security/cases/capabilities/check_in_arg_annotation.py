# expect: policy
# Annotations of parameters are evaluated when the def runs.
def f(x: exec("pass")):
    pass
