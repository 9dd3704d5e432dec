import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

nan, inf = math.nan, math.inf
pairs = [(2, 10), (2, 0.5), (2, -1), (-2, 3), (-2, -3), (0, 0), (0.0, 3), (-0.0, 3), (-0.0, 2), (1, nan),
         (nan, 0), (nan, 1), (inf, 2), (inf, -2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (-inf, 0.5),
         (2, inf), (0.5, inf), (2, -inf), (0.5, -inf), (-1, inf), (-1, -inf), (1, inf), (0.0, -inf), (-2, inf),
         (1.5, 1e308), (10, -400), (-8, 1 / 3), (3, 2.5), (1e10, 30), (1.0000001, 1e9)]
for x, y in pairs:
    check(lambda: math.pow(x, y))
check(lambda: math.pow(0, -1))
check(lambda: math.pow(-0.0, -1))
check(lambda: math.pow(0.0, -2.5))
check(lambda: math.pow(10, 400))
check(lambda: math.pow(2))
check(lambda: math.pow(2, 3, 4))
check(lambda: math.pow('2', 3))
