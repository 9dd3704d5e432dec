def combine(a, b):
    return (a
            + b)


combine([1], (2,))
