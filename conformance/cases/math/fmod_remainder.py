import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x, y in [(10, 3), (-10, 3), (10, -3), (-10, -3), (5.5, 2), (1e300, 3), (3, math.inf), (-3, -math.inf),
             (0.0, 1), (-0.0, 1), (7, 0.1), (1e-300, 1e-310), (2**60, 7), (math.nan, 1), (1, math.nan)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, math.remainder(x, 1), math.remainder(x * 2, 2))
check(lambda: math.fmod(1, 0))
check(lambda: math.fmod(math.inf, 2))
check(lambda: math.remainder(1, 0.0))
check(lambda: math.remainder(-math.inf, 1))
check(lambda: math.fmod(1))
check(lambda: math.remainder(x=1, y=2))
print(math.remainder(math.inf, math.nan), math.remainder(3, math.inf), math.fmod(math.inf, math.nan))
