def f(x, y, z):
    return x * 2 + y / z


f(1, 2, 0)
