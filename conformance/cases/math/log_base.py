import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x, b in [(8, 2), (100, 10), (1, 5), (0.5, 2), (10, 0.5), (1e300, 1e-300), (27, 3), (2, math.e), (math.inf, 2), (5, math.inf)]:
    print(x, b, math.log(x, b))
print(math.log(math.nan), math.log(math.nan, 2), math.log(math.inf))
check(lambda: math.log(1, 1))
check(lambda: math.log(2, 1.0))
check(lambda: math.log())
check(lambda: math.log(1, 2, 3))
check(lambda: math.log(x=1))
check(lambda: math.log('a'))
check(lambda: math.log(10, 'a'))
check(lambda: math.log(-math.inf))
