# expect: limit=time
# flags: --max-memory 1G
import math
math.factorial(10**7)
