import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 16
class Both:
    def __float__(self):
        return 9.0
    def __index__(self):
        return 4
class BadF:
    def __float__(self):
        return 1
class BadI:
    def __index__(self):
        return 'x'
class FSub(float):
    pass
print(math.sqrt(F()), math.sqrt(I()), math.sqrt(Both()), math.sqrt(FSub(6.25)), math.sqrt(True))
print(math.hypot(F(), I()), math.fsum([F(), I(), Both()]), math.atan2(I(), F()), math.isclose(F(), 0.25))
print(math.factorial(I()) % 1000, math.gcd(I(), Both()), math.isqrt(Both()), math.comb(I(), 2))
check(lambda: math.sqrt(BadF()))
check(lambda: math.sqrt(BadI()))
check(lambda: math.sqrt('1'))
check(lambda: math.sqrt(None))
check(lambda: math.sqrt([]))
check(lambda: math.sqrt(b'1'))
check(lambda: math.factorial(F()))
check(lambda: math.gcd(BadI()))
check(lambda: math.exp(2**1024))
check(lambda: math.floor(BadF()))
