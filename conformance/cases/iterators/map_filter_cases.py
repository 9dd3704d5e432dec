print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
m = map(str, range(3))
print(type(m).__name__, iter(m) is m, next(m), list(m), next(m, "end"))
print(list(map(int, ["1", "2"])), list(map(str.strip, [" a ", "b "])), list(map(len, ["", "ab"])), sum(map(int, "123")))
print(list(filter(None, [0, 1, 2, "", "x", None, [], [0]])), list(filter(lambda x: x > 1, range(5))), list(filter(str.isdigit, "a1b2")))
f = filter(None, [1, 0, 2])
print(type(f).__name__, iter(f) is f, next(f), list(f), next(f, "end"))
print(list(filter(bool, ())), list(filter(lambda x: x, iter([0, 5]))), list(filter(None, {0: 1, 2: 3})))
calls = []
def noisy(x):
    calls.append(x)
    return x % 2
lazy = filter(noisy, range(6))
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
for bad in [lambda: list(map(5, [1])), lambda: map(len), lambda: map(), lambda: list(map(len, 5)), lambda: filter(len), lambda: list(filter(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def boom(x):
    raise ValueError("boom %d" % x)
try:
    list(map(boom, [7]))
except ValueError as e:
    print("ValueError", e)
try:
    list(filter(boom, [8]))
except ValueError as e:
    print("ValueError", e)
print(list(map(lambda *a: a, [1, 2], [3])), list(map(lambda: 1, [])) if False else "skip")
list(map(len, [1]))
