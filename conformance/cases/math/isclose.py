import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.isclose(1, 1), math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.09))
print(math.isclose(math.inf, math.inf), math.isclose(-math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(a=1, b=1.0), math.isclose(1, b=2, abs_tol=1), math.isclose(1, 2, rel_tol=0, abs_tol=0))
check(lambda: math.isclose(1, 2, rel_tol=-1))
check(lambda: math.isclose(1, 2, abs_tol=-1e-9))
check(lambda: math.isclose(1, 2, 3))
check(lambda: math.isclose(1))
check(lambda: math.isclose())
check(lambda: math.isclose(1, 2, x=1))
check(lambda: math.isclose(1, 2, rel_tol='a'))
check(lambda: math.isclose('a', 2))
check(lambda: math.isclose(1, 2, a=1))
