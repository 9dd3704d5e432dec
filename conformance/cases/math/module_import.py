import math
from math import pi, sqrt as root, inf
import math as m
print(pi, root(2), inf, m is math, m.floor(2.5))
print(type(math).__name__, math.__name__, callable(math.sqrt), math.sqrt.__name__)
print(hasattr(math, 'sumprod'), hasattr(math, 'cbrt'), hasattr(math, 'exp2'))
try:
    from math import nonexistent
except ImportError as e:
    print(type(e).__name__, e)
try:
    math.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
