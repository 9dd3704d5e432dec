import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.5, -1.5, 3, -2.25, 1e300, 1e-300, math.inf, -math.inf, math.nan, 2**53 + 0.5, True]:
    print(x, math.modf(x))
check(lambda: math.modf('a'))
check(lambda: math.modf(1, 2))
