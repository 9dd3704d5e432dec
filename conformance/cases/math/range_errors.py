import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name, args in [('exp', (1000,)), ('exp2', (2000,)), ('expm1', (1000,)), ('cosh', (1000,)),
                   ('sinh', (-1000,)), ('pow', (10, 400)), ('pow', (-10, 401)), ('ldexp', (1.0, 2000)),
                   ('ldexp', (1.0, 10**30)), ('gamma', (200,)), ('gamma', (171.7,)), ('lgamma', (1e308,)),
                   ('hypot', (1e308, 1e308)), ('fsum', ([1e308, 1e308],)), ('exp', (-1000,)),
                   ('ldexp', (1.0, -2000)), ('pow', (10, -400)), ('gamma', (-200.5,)), ('gamma', (171.5,))]:
    check(lambda: getattr(math, name)(*args))
