import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e20, -1e20, 1e300, 2**53 + 0.0, 7, -7, True, False, 10**400, -10**400]
for v in vals:
    r = (math.floor(v), math.ceil(v), math.trunc(v))
    print(repr(v)[:20], r[0] == v // 1, [type(x).__name__ for x in r], [str(x)[:25] for x in r])
for name in ['floor', 'ceil', 'trunc']:
    f = getattr(math, name)
    check(lambda: f(math.inf))
    check(lambda: f(-math.inf))
    check(lambda: f(math.nan))
    check(lambda: f('a'))
    check(lambda: f([]))
    check(lambda: f())
    check(lambda: f(1, 2))
