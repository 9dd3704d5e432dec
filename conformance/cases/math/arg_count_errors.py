import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc',
       'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'frexp', 'fsum', 'gamma', 'isfinite', 'isinf', 'isnan',
       'isqrt', 'lgamma', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
for name in one:
    f = getattr(math, name)
    check(lambda: f())
    check(lambda: f(1, 2))
    check(lambda: f(x=1))
two = ['atan2', 'copysign', 'dist', 'fmod', 'ldexp', 'nextafter', 'pow', 'remainder', 'comb']
for name in two:
    f = getattr(math, name)
    check(lambda: f(1))
    check(lambda: f(1, 2, 3))
    check(lambda: f(x=1, y=2))
