import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -3.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf, math.nan, 8, True]:
    m, e = math.frexp(x)
    print(x, m, e, type(e).__name__, math.ldexp(m, e) == x or x != x)
for x, i in [(1.0, 1), (1.5, -1075), (1.5, -1074), (0.75, 1024), (1.0, 1023), (-1.0, -1080), (3, 0),
             (math.inf, -10**30), (0.0, 10**30), (1.0, -10**30), (-1.0, -10**30), (1.0, True), (math.nan, 5)]:
    check(lambda: math.ldexp(x, i))
check(lambda: math.ldexp(1.0, 1.0))
check(lambda: math.ldexp(1.0, 2000))
check(lambda: math.ldexp(1.0, 10**30))
check(lambda: math.ldexp('a', 1))
check(lambda: math.ldexp(1))
check(lambda: math.ldexp(x=1, i=2))
check(lambda: math.frexp('a'))
check(lambda: math.frexp())
