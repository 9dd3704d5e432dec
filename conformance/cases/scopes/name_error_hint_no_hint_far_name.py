# nothing close enough: no hint
def f():
    x = 1
    return completely_unrelated_name
f()
