import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1), math.hypot(*range(20)))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-200, 1e-200, 1e-200), math.hypot(2.2250738585072014e-308, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(0.0, -0.0))
print(math.hypot(True, 2**60), math.hypot(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7))
print(math.dist((1, 2), (4, 6)), math.dist([], []), math.dist([0.1, 0.2], iter([0.3, 0.4])), math.dist((1,), (-2,)))
print(math.dist((1e308, -1e308), (-1e308, 1e308)), math.dist((math.inf, 0), (0, math.nan)), math.dist(range(5), range(5, 10)))
check(lambda: math.dist([1], [1, 2]))
check(lambda: math.dist(1, 2))
check(lambda: math.dist([1], [1], [1]))
check(lambda: math.dist(p=[1], q=[2]))
check(lambda: math.dist(['a'], [1]))
check(lambda: math.hypot('a'))
check(lambda: math.hypot(x=1))
check(lambda: math.hypot(10**400))
