# expect: check-ok
import math
from math import sqrt
print(math.pi, sqrt(2))
