assert a, b
