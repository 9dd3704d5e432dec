import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1, 10**300, 1e308, math.inf, -math.inf, math.nan, -math.nan, True, 2.5]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
check(lambda: math.isfinite('a'))
check(lambda: math.isnan())
check(lambda: math.isinf(10**400))
check(lambda: math.isnan(1, 2))
check(lambda: math.isinf(x=1))
