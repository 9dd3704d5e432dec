# Assignment expressions in calls, subscripts, slices, displays, comprehensions, lambdas,
# f-strings and default values.
def f(*args, **kw):
    return args, kw


print(f(a := 1, b := a + 1, k=(c := b * 10)), a, b, c)
data = list(range(10))
print(data[(i := 3)], data[(j := 1):(k := 6):(st := 2)], i, j, k, st)
print([(p := 1), p + 1], {(q := "k"): q * 2}, {(r := 5), r + 1}, (s := 0, s))
print([y := 10, y ** 2], y)
print(f"{(w := 7)} {w * 2}", w)
lam = lambda: (z := 42) + z
print(lam())
try:
    z
except NameError as e:
    print("NameError:", e)


def defaults(x=(dv := 3)):
    return x


print(defaults(), dv)


def scoped():
    total = [s2 for n in range(4) if (s2 := n * n) % 2 == 0]
    nested = [[(inner := a * b) for b in range(2)] for a in range(3)]
    return total, s2, nested, inner


print(scoped())


def counter():
    hits = 0
    results = [hits := hits + 1 for _ in "abc"]
    return results, hits


print(counter())
values = iter([3, 0, 5])
while (v := next(values, None)) is not None:
    print("v", v)
    if not v:
        continue
assert (flag := True), "never"
print(flag)
print(any((hit := n) > 2 for n in [1, 5, 9]), hit)
print(all((miss := n) < 3 for n in [1, 5, 9]), miss)
x = 0
print(x, (x := x + 1), x, (x := x * 10), x)
g = (lambda: [(cap := n) for n in range(3)] and cap)
print(g())
if (m := len(data)) > 5 and (half := m // 2):
    print(m, half)
elif (other := 0):
    pass
print(m, "other" in dir())
