import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.gcd(), math.lcm(), math.gcd(12), math.gcd(-12), math.lcm(-12), math.gcd(0), math.lcm(0))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7, 13))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(5, 0), math.lcm(3, 5, 7), math.lcm(2, 4, 8))
print(math.gcd(12, 18, 27), math.gcd(2**200 * 3, 2**100 * 9, 2**50 * 27), math.lcm(4, 6, 10, 2**70))
print(math.gcd(True, 4), math.lcm(True, 4), type(math.gcd(True)).__name__, math.gcd(True))
print(math.gcd(10**40, 10**30 * 7), math.lcm(10**20 + 1, 10**20 - 1))
check(lambda: math.gcd(1.0))
check(lambda: math.gcd(2, 4.0))
check(lambda: math.gcd(1, 'a'))
check(lambda: math.lcm(0, 'a'))
check(lambda: math.gcd(1, 2, None))
check(lambda: math.gcd(x=1))
check(lambda: math.lcm(a=1))
