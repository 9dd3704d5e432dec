import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: math.comb(5))
check(lambda: math.comb(5, 2, 1))
check(lambda: math.comb(n=5, k=2))
check(lambda: math.comb(-1, 2))
check(lambda: math.comb(5, -1))
check(lambda: math.comb(-1, -1))
check(lambda: math.comb(5.0, 2))
check(lambda: math.comb(5, 2.0))
check(lambda: math.comb('5', 2))
check(lambda: math.comb(10**20, 10**19))
check(lambda: math.comb(10**30, -1))
check(lambda: math.perm())
check(lambda: math.perm(1, 2, 3))
check(lambda: math.perm(n=5))
check(lambda: math.perm(-5))
check(lambda: math.perm(-5, 2))
check(lambda: math.perm(5, -1))
check(lambda: math.perm(5.0, 1))
check(lambda: math.perm(10**20, 10**19))
check(lambda: math.perm(10**20, 10**21))
