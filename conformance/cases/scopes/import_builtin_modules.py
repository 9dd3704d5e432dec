# imports of Krait's built-in modules: plain, aliased, from-imports, inside functions
import sys
import math as m
from math import pi, sqrt as s
from math import (pi as PI,
                  e)
print(m.pi == pi, s(16), type(sys).__name__, m.__name__, PI == pi, e)
import math, sys as system
print(system is sys, math is m)
import math as m1, math as m2
print(m1 is m2)

def local_imports():
    import math
    from math import floor
    return math.floor(2.5), floor(3.7), sorted(dir())
print(local_imports())
try:
    floor
except NameError as e:
    print('NameError', e)

def shadow():
    math = 'shadowed'
    import math as mm
    return math, mm.__name__
print(shadow())

class K:
    import math
    from math import tau
print(K.math.__name__, K.tau == 2 * pi)

from math import *
print(floor(2.5), ceil(2.5), 'sqrt' in dir(), '_x' in dir())

def reimport():
    global pi
    from math import pi
    return pi
print(reimport() is pi)
print(__name__)
