import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2 * math.pi, 1e10, -3.7, 1e-300]:
    print(math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1, -0.5, 0.0, 0.5, 1]:
    print(math.asin(x), math.acos(x))
check(lambda: math.asin(1.0000001))
check(lambda: math.acos(-2))
check(lambda: math.sin(math.inf))
check(lambda: math.cos(-math.inf))
check(lambda: math.tan(math.inf))
print(math.atan(math.inf), math.atan(-math.inf), math.sin(math.nan), math.acos(math.nan))
