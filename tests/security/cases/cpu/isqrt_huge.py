# expect: limit=time
# flags: --max-memory 1G
import math
x = 7 ** (10**8 // 2)
while True:
    math.isqrt(x)
