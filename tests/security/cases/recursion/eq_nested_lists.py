# expect: RecursionError
a, b = [], []
for _ in range(200000):
    a, b = [a], [b]
a == b
