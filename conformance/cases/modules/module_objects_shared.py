# A module is one shared object: attributes set through one name are seen through every
# alias and by later from-imports, and deleting them makes them disappear everywhere.
import math
import math as m


def later_import():
    import math as lm
    return lm


print(m is math, later_import() is math, type(math).__name__, type(math) is type(m))
math.answer = 42
print(m.answer, later_import().answer, getattr(m, "answer"), hasattr(math, "answer"))
from math import answer
print(answer)
setattr(math, "answer", 43)
from math import answer as a2
print(answer, a2)
del m.answer
print(hasattr(math, "answer"))
try:
    from math import answer
except ImportError as e:
    print(type(e).__name__, e.name)
original_floor = math.floor
math.floor = lambda x: "patched"
from math import floor
print(floor(2.5), m.floor(2.5))
math.floor = original_floor
print(floor(2.5), math.floor(2.5))
print(math.__name__, isinstance(math.__doc__, str), "sqrt" in dir(math), "__name__" in dir(math))
print(sorted(n for n in dir(math) if n.startswith("is")))
math.__name__ = "renamed"
print(math.__name__, m.__name__)
math.__name__ = "math"
import sys
print(sys is not math, sys.__name__)
