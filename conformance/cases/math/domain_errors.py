import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name, args in [('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (10, 0)), ('log', (10, -1)),
                   ('log', (0, 10)), ('acos', (2,)), ('asin', (-2,)), ('acosh', (0,)), ('atanh', (1,)),
                   ('gamma', (0,)), ('gamma', (-1,)), ('gamma', (-math.inf,)), ('lgamma', (0,)),
                   ('lgamma', (-2,)), ('fmod', (1, 0)), ('fmod', (math.inf, 1)), ('remainder', (1, 0)),
                   ('remainder', (math.inf, 1)), ('pow', (0, -1)), ('pow', (-1, 0.5)), ('pow', (-0.0, -3.5)),
                   ('log2', (-0.0,)), ('log10', (0,)), ('log1p', (-1,)), ('sin', (math.inf,)),
                   ('cos', (math.inf,)), ('tan', (-math.inf,)), ('acos', (math.inf,))]:
    check(lambda: getattr(math, name)(*args))
