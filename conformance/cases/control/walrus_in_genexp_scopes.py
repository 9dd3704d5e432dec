# the target of := inside a generator expression binds in the enclosing scope
g = ((w := q) for q in range(2))
print(list(g), w)
print(any((hit := x) > 6 for x in [1, 7, 9]), hit)
x = list((n := i) for i in (j for j in range(4)))
print(x, n)


def declared_global():
    global z
    gen = ((z := q * 10) for q in range(3))
    return list(gen)


print(declared_global(), z)


def enclosing_function():
    total = 0
    sums = list((total := total + v) for v in [1, 2, 3])
    return sums, total


print(enclosing_function())


def nested_comprehensions():
    rows = [[(last := c) for c in range(r)] for r in range(4)]
    return rows, last


print(nested_comprehensions())
print([[(k := j) for j in range(i)] for i in range(3)], k)
