def valid(x):
    return x > 0


assert valid(1)
assert valid(-1)
