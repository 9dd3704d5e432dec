import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**53 + 1, 2**64 - 1, 10**40, 10**100 + 12345, True]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(2**1001) % 10**12, math.isqrt(7**300) % 10**12)
check(lambda: math.isqrt(-1))
check(lambda: math.isqrt(-10**30))
check(lambda: math.isqrt(2.0))
check(lambda: math.isqrt('4'))
check(lambda: math.isqrt())
check(lambda: math.isqrt(n=4))
