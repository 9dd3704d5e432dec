# from math import * adds only public names, leaves existing private and dunder names alone
# and rebinds same-named globals; the names it adds are exactly those without a leading '_'.
_private = "kept"
__doc__ = "kept doc"
floor = "about to be replaced"
before = set(dir())
from math import *
added = sorted(set(dir()) - before - {"before"})
print(len(added) > 40, [n for n in added if n.startswith("_")])
print(__name__, __doc__, _private, floor(3.9), "floor" in before)
print([n for n in ("sqrt", "pi", "tau", "inf", "nan", "isqrt", "gcd") if n in added])
import math
print(all(globals_value is getattr(math, name)
          for name, globals_value in [("sqrt", sqrt), ("pi", pi), ("gcd", gcd)]))
print(sqrt(2) ** 2 == 2.0000000000000004, e, pi)
pi = 3
print(pi, math.pi)
from math import *
print(pi == math.pi)
print(sorted(n for n in added if n.startswith("f")))
