import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (52, 5), (5, 7), (True, True), (10**20, 3),
             (2**70, 2), (10**20, 10**20 - 2), (10**20, 10**20), (1000, 999)]:
    print(n, k, math.comb(n, k), math.perm(n, k) if k < 100 else '')
for n in [0, 1, 5, 12]:
    print(math.perm(n), math.perm(n, None))
print(math.comb(1000, 500) % 10**30, math.perm(50, 25) % 10**30, math.comb(10**6, 3))
class I:
    def __index__(self):
        return 4
print(math.comb(I(), 2), math.perm(I(), I()))
