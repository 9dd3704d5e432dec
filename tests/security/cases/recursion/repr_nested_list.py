# expect: RecursionError
l = []
for _ in range(200000):
    l = [l]
repr(l)
