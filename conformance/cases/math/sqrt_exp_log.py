import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 2.0, 4, 10, 0.5, 1e-300, 1e300, 123456789, True]:
    print(x, math.sqrt(x), math.exp(x if x < 700 else 1), math.log(x) if x > 0 else None)
for x in [1e-5, 0.1, 1, 7, 1e10, 2**52 + 1]:
    print(math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.exp(-x), math.expm1(min(x, 2.0) / 3))
check(lambda: math.sqrt(-1))
check(lambda: math.sqrt(-1e-300))
check(lambda: math.log(0))
check(lambda: math.log(-1.5))
check(lambda: math.log2(0.0))
check(lambda: math.log10(-10))
check(lambda: math.log1p(-1))
check(lambda: math.log1p(-2))
check(lambda: math.exp(710))
check(lambda: math.exp(-1000))
check(lambda: math.sqrt(math.inf))
check(lambda: math.exp(math.inf))
check(lambda: math.exp(-math.inf))
