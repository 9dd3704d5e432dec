# expect: limit=time
# flags: --max-memory 1G
import math
a = 3 ** (10**8 // 4)
b = 5 ** (10**8 // 6)
math.gcd(a, b)
