it = iter(range(3))
print(type(it).__name__, next(it), list(it), next(it, "end"))
big = iter(range(2**64, 2**64 + 3))
print(type(big).__name__, list(big))
r = range(5)
a = iter(r)
b = iter(r)
print(next(a), next(a), next(b), list(a), list(b))
total = 0
for i in range(10**5):
    total += i
print(total)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print([i for i in range(0)], list(range(1, 2)), tuple(range(-2, 2)), set(range(3)), dict.fromkeys(range(2)))
print(list(zip(range(3), range(10, 0, -4))), list(enumerate(range(5, 7))), sum(range(0, 100, 7)), max(range(-5, 5)))
ri = reversed(range(2**63 - 2, 2**63 + 2))
print(type(ri).__name__, list(ri))
x = range(3)
for v in x:
    x = range(100)
print(x)
for args in [(2**63 - 3, 2**63 - 1), (0, 2**63 - 1), (0, 2**63), (-2**63, 0), (-2**63, -2**63 + 2), (0, -2**63, -1), (5, 0, -2**63),
             (0, 10, 2**63 - 1), (-2**63 + 1, 10), (2**63 - 1, 2**63 - 5, -1), (-2**63, 5, 2**62)]:
    r = range(*args)
    print(args, type(iter(r)).__name__, type(reversed(r)).__name__)
