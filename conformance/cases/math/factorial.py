import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 2, 3, 10, 20, 21, 25, 50, 100, True, False]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(500) % 10**20, math.factorial(3000).bit_length())
class I:
    def __index__(self):
        return 6
print(math.factorial(I()))
