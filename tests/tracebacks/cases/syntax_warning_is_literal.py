# "is" with a literal warns at compile time, before anything runs, once per comparison.
print("running")
x = 1000
y = "text"
same = y is "text"   # identity of equal literals is CPython's implementation detail
print(x is 1000, x is not 1000.0)
print(x is (1, 2), x is -1, x is (1, 2)[0], x is "a" "b", x is 2 ** 3)
print(x is None, x is True, x is ..., x is not (y,), x is [1], x is f"{y}")
print(1 is x is 2, x < 2000 is not x)


def later(v):
    if False:
        return v is 0
    return v is not ()


print(later(()))
