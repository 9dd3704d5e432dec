# lambda expressions: defaults, closures, immediately called, in data structures
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__qualname__, add.__doc__)

ops = {'+': lambda x, y: x + y, '*': lambda x, y: x * y, 'neg': lambda x: -x}
print(ops['+'](2, 3), ops['*'](2, 3), ops['neg'](7))

print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: 'no args')())
print((lambda x: lambda y: x + y)(10)(5))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])

key_sorted = sorted(['banana', 'Apple', 'cherry'], key=lambda s: s.lower())
print(key_sorted)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: (-t[0], t[1])))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))

# lambda with conditional expression and walrus
classify = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([classify(n) for n in (-1, 0, 5)])
print((lambda: (y := 5) + y)())

# lambdas capture variables, not values
x = 1
get_x = lambda: x
x = 2
print(get_x())

class C:
    f = lambda self: 'method via lambda'
    g = staticmethod(lambda: 'static lambda')
print(C().f(), C.g(), C.f.__qualname__)

nested = lambda: (lambda: (lambda: 'deep'))
print(nested()()(), nested().__qualname__, nested()().__qualname__)

try:
    (lambda a: a)()
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
gen_lambda = lambda: (yield 1)
g = gen_lambda()
print(type(g).__name__, next(g))
(lambda: 1 / 0)()
