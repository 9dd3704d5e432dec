# Nested comprehensions, their scopes, evaluation order, and errors raised inside them.
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 1])
print({(i, j): i * j for i in range(3) for j in range(i)})
print({c for w in ["hello", "world"] for c in w if c in "lo"} == {"l", "o"})
order = []


def key(k):
    order.append(f"k{k}")
    return k


def val(v):
    order.append(f"v{v}")
    return v


print({key(i): val(i * i) for i in range(3)}, order)
x = "outer"
print([x for x in "ab"], x)
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
try:
    [1 / (i - 2) for i in range(4)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
print([(a, b, rest) for a, (b, *rest) in [(1, (2,)), (3, (4, 5, 6))]])
print(sum(x * x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))
print([y for x in range(4) if (y := x * 10) > 5], y)
total = 0
print([total := total + n for n in range(5)], total)


class Table:
    base = 10
    rows = [base + i for i in range(3)] if False else None
    cols = [i * 2 for i in range(3)]


print(Table.cols, Table.rows)
print([[i for i in range(j)] for j in range(4)])
print(list(zip(*[(i, i * i) for i in range(4)])))
