def positive(x):
    assert x > 0
    return x


positive(1)
positive(0)
