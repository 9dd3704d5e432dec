import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: math.factorial(-1))
check(lambda: math.factorial(-10**30))
check(lambda: math.factorial(5.0))
check(lambda: math.factorial(5.5))
check(lambda: math.factorial('a'))
check(lambda: math.factorial(None))
check(lambda: math.factorial(10**20))
check(lambda: math.factorial(2**63))
check(lambda: math.factorial())
check(lambda: math.factorial(1, 2))
check(lambda: math.factorial(n=3))
