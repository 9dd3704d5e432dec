import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0, 1, math.pi, -math.pi / 2, 2 * math.pi, 1e308, math.inf, math.nan, 180, 360, 45, True]:
    print(x, math.degrees(x), math.radians(x))
check(lambda: math.degrees(1, 2))
check(lambda: math.radians())
check(lambda: math.degrees('a'))
