import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x, y in [(1, -0.0), (-1, 0.0), (0.0, -1), (math.inf, -1), (math.nan, -1), (3, math.nan), (-0.0, 5)]:
    print(math.copysign(x, y))
for y, x in [(0.0, 0.0), (0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (1, 0), (-1, 0), (1, 1), (1, -1), (-1, -1),
             (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, 1), (1, math.inf), (1, -math.inf),
             (-1, -math.inf), (math.nan, 1), (1, math.nan), (3, 4), (1e-300, 1e300)]:
    print(y, x, math.atan2(y, x))
check(lambda: math.atan2(1))
check(lambda: math.atan2(1, 2, 3))
check(lambda: math.atan2(y=1, x=2))
check(lambda: math.copysign(1))
check(lambda: math.copysign('a', 1))
