import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: math.fsum([1e308, 1e308]))
check(lambda: math.fsum([1e308, -1e308, 1e308, 1e308]))
check(lambda: math.fsum([1.7976931348623157e308, 1.7976931348623157e308, -1.7976931348623157e308]))
check(lambda: math.fsum([-1e308, -1e308, 5]))
check(lambda: math.fsum([math.inf, -math.inf]))
check(lambda: math.fsum([1, math.inf, 2, -math.inf]))
check(lambda: math.fsum(1))
check(lambda: math.fsum(['a']))
check(lambda: math.fsum([1, None]))
check(lambda: math.fsum([10**400]))
check(lambda: math.fsum())
check(lambda: math.fsum([1], [2]))
def gen():
    yield 1.0
    raise KeyError('stop')
check(lambda: math.fsum(gen()))
