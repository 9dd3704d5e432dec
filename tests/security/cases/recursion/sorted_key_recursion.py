# expect: RecursionError
def key(x):
    return key(x)
sorted([3, 1, 2], key=key)
