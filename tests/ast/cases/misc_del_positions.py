del a, b
del (a, b)
