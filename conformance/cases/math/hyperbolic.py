import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 0.5, 1, -2.5, 20, 700, 1e-10]:
    print(math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1, 1.5, 10, 1e300]:
    print(math.acosh(x))
for x in [-0.99, -0.5, 0, 0.5, 0.999999]:
    print(math.atanh(x))
check(lambda: math.sinh(1000))
check(lambda: math.cosh(-1000))
check(lambda: math.acosh(0.5))
check(lambda: math.atanh(1))
check(lambda: math.atanh(-1.5))
print(math.tanh(1000), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(math.inf), math.asinh(math.inf))
