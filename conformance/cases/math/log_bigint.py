import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for e in [10, 52, 53, 54, 63, 64, 100, 1000, 1023, 1024, 1025, 5000]:
    for n in [2**e, 2**e + 1, 2**(e + 1) - 1, 3**e, 10**(e // 3) + 7]:
        print(e, math.log(n), math.log2(n), math.log10(n))
print(math.log(10**1000), math.log(10**1000, 10), math.log(2, 10**1000), math.log10(10**400))
print(math.log(True), math.log2(2**10000), math.log(7**5000, 7**2500))
check(lambda: math.log(-10**400))
check(lambda: math.log(0 * 10**400))
check(lambda: math.log(10**400, 0))
check(lambda: math.log10(-(2**2000)))
check(lambda: math.log(10**400, 1))
check(lambda: math.sqrt(10**400))
check(lambda: math.exp(10**400))
