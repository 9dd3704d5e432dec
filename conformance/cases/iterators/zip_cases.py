print(list(zip()), list(zip([])), list(zip([1, 2], "ab")), list(zip("abc", [1])), list(zip(range(3), range(10, 13), "xyz")))
z = zip([1, 2], [3, 4])
print(type(z).__name__, iter(z) is z, next(z), list(z), next(z, "end"))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(zip(*zip("ab", "cd"))), dict(zip("abc", range(3))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
consumed = []
def gen(tag, n):
    for i in range(n):
        consumed.append((tag, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), consumed)
consumed.clear()
try:
    list(zip(gen("a", 3), gen("b", 2), strict=True))
except ValueError as e:
    print("ValueError", e, consumed)
for bad in [(1,), ([], 5), ([], None)]:
    try:
        zip(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    zip([], strict=True, extra=1)
except TypeError as e:
    print("TypeError", e)
print(list(zip([1], strict=0)), list(zip([1, 2], [1], strict=False)))
list(zip("a", "bc", strict=True))
