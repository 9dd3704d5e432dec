import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

xs = [0.5, 1, 1.5, 2, 2.5, 3, 4.5, 5, 5.5, 6.02, 10, 23, 23.5, 24, 50.5, 100, 140.5, 141, 150.5, 170.5, 171.6,
      -0.5, -1.5, -2.5, -10.5, -100.5, -140.5, -170.5, -171.5, -180.5, -199.5, -200.5, -250.5, 1e-21, -1e-21,
      1e-300, 0.1, 0.9, 1.1, 1.9, 2.1, 7.3, 33.3, 1e10, math.inf, math.nan]
for x in xs:
    try:
        g = math.gamma(x)
    except Exception as e:
        g = type(e).__name__
    try:
        lg = math.lgamma(x)
    except Exception as e:
        lg = type(e).__name__
    print(x, g, lg)
check(lambda: math.gamma(0))
check(lambda: math.gamma(-0.0))
check(lambda: math.gamma(-3))
check(lambda: math.gamma(172))
check(lambda: math.gamma(-math.inf))
check(lambda: math.lgamma(0))
check(lambda: math.lgamma(-7))
check(lambda: math.lgamma(-math.inf))
check(lambda: math.lgamma(1e308))
check(lambda: math.gamma('a'))
