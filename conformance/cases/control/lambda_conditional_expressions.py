sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
add = lambda a, b=10, *rest, k=1, **kw: (a, b, rest, k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda: None)(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
f = lambda: undefined_in_lambda
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
print((lambda x: (yield x)) is not None)
g = lambda n: 1 if n <= 1 else n * g(n - 1)
print(g(6))
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda a: a)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: 1).__name__, (lambda: 1).__qualname__)
