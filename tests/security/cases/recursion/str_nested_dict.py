# expect: RecursionError
d = {}
for _ in range(200000):
    d = {'k': d}
str(d)
