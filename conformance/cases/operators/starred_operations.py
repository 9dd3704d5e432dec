# The star of a starred item takes a whole operation: [*a + b] unpacks a + b.
a, b = [1, 2], [3]
print([*a + b], (*a * 2, 0), {*a + b + [1]}, [*a[::-1] + b], [*"ab" + "c"])
print(*a + b, sep="-")
first, *rest = *a + b, 9
print(first, rest)
try:
    [*a + 1]
except TypeError as e:
    print("TypeError:", e)
try:
    [*len(a) + 1]
except TypeError as e:
    print("TypeError:", e)
