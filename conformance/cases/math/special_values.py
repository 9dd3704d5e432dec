import math
names = ['sqrt', 'exp', 'log', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'erf', 'erfc',
         'gamma', 'lgamma', 'fabs', 'cbrt', 'exp2', 'expm1', 'log1p', 'log2', 'log10', 'degrees', 'radians', 'ulp',
         'acos', 'asin', 'acosh', 'atanh']
for name in names:
    out = []
    for x in [math.inf, -math.inf, math.nan, 0.0, -0.0]:
        try:
            out.append(repr(getattr(math, name)(x)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, out)
