import math

print(math.floor(2.5))
math.sqroot(4)
