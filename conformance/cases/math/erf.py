import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 0.1, 0.5, 1, 1.5, 2, 3, 5, 6, 10, 27, 30, -0.3, -1, -4, -27, 1e-300, math.inf, -math.inf, math.nan]:
    print(x, math.erf(x), math.erfc(x))
check(lambda: math.erf('a'))
check(lambda: math.erfc())
