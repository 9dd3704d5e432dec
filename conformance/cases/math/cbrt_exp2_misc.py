import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 8, -27, 2, 1e-300, 1e300, 0.001, math.inf, -math.inf, math.nan, 3.375]:
    print(x, math.cbrt(x), math.exp2(x if abs(x) < 1e4 else 10), math.fabs(x))
for x in [0, 1, -1, 0.5, 10, 1023, 1024, -1074, -1075, 52.5]:
    check(lambda: math.exp2(x))
for x in [1e-10, -1e-10, 0.5, -0.5, 700, -700, 1e-300, -0.0]:
    print(x, math.expm1(x))
for x in [1e-10, -1e-10, 0.5, -0.5, 700, -0.999, 1e-300, -0.0, 1e300]:
    print(x, math.log1p(x))
