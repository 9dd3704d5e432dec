from math import factorial
print(factorial(5))
factorial(-5)
