a, b = (1, 2)
print(a, b)
(a, b), c = ((3, 4), 5)
print(a, b, c)
a, *b = (1,)
print(a, b)
*a, b = "xyz"
print(a, b)
for val in [(1, 2, 3), (1,), (), 5, None, "abcd", {"k": 1, "j": 2, "l": 3}]:
    try:
        x, y = val
        print("ok", x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for val in [(1,), ()]:
    try:
        x, y, *z = val
        print(x, y, z)
    except ValueError as e:
        print("ValueError", e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print("ValueError", e)
first, *_, last = range(10)
print(first, last, _)
t = 1, 2, 3
x, y, z = t
print(x + y + z, t)
x, y = y, x
print(x, y)
i, j = j, i = 1, 2
print(i, j)
a, b = 1
