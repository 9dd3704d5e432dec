# from math import * brings in the public names only; they shadow builtins of the same name.
pow_before = pow
from math import *

print(sqrt(2) == 2 ** 0.5, floor(2.7), isqrt(99), factorial(10), comb(10, 3), perm(5, 2))
print(pow is pow_before, pow(2, 3), type(pow(2, 3)).__name__)
print(round(e, 6), round(tau / pi, 6), inf > 10**300, isnan(nan), gcd(84, 36, 60), lcm(4, 6, 10))
print(fsum([0.1] * 10), prod(range(1, 7)), dist((0, 0), (3, 4)), hypot(3, 4, 12))
print("_" + "math" in dir() if False else sorted(n for n in dir() if n.startswith("is"))[:5])
