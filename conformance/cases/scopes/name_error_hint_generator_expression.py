# a generator expression runs as its own code: its variable is a candidate
def f():
    outer_name = 1
    return list(vv for vv in range(2) if outer_nam)
f()
