x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
print({k: v for k, v in zip("ab", (1, 2))}, {c.upper() for c in "aab"})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([cell for row in matrix for cell in row if cell % 2])
print([(i, j) for i in range(3) for j in range(i)])
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])


def uses_closure():
    factor = 3
    return [factor * v for v in (1, 2)]


print(uses_closure())


class K:
    base = 10
    values = [v for v in range(3)]
    pairs = [(a, b) for a in range(2) for b in range(2)]


print(K.values, K.pairs)
gen = (v * 2 for v in range(3))
print(next(gen), list(gen))
evens = [v for v in range(10) if v % 2 == 0 if v > 2]
print(evens)
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
words = ["a", "bb", "ccc"]
print({w: len(w) for w in words if len(w) > 1})
print(sorted({len(w) for w in words}))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
