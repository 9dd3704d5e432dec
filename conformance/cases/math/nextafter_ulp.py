import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x, y in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (-0.0, 1), (1.0, 1.0), (5e-324, 0), (1.7976931348623157e308, math.inf),
             (math.inf, 0), (math.nan, 1), (1, math.nan), (-1, -math.inf)]:
    print(x, y, math.nextafter(x, y))
for x in [0.0, -0.0, 1.0, -1.0, 2.0, 1e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, math.inf, -math.inf, math.nan, 3]:
    print(x, math.ulp(x))
check(lambda: math.nextafter(1))
check(lambda: math.nextafter(1, 2, 3))
check(lambda: math.nextafter(x=1, y=2))
check(lambda: math.ulp())
check(lambda: math.ulp('a'))
