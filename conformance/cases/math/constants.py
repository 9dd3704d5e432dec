import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan))
print(type(math.pi).__name__, math.copysign(1, math.nan), math.inf > 1e308, math.nan != math.nan)
print(math.pi.hex(), math.e.hex(), math.tau.hex())
print(sorted(n for n in dir(math) if not n.startswith('_')))
print(math.__name__)
