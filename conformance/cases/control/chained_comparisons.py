calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x is not None)
print(1 < 2 == True, (1 < 2) == True)
print("a" < "b" < "c" < "d", [1] < [2] < [3])
n = None
two = 2
print(n is None is n, n is not two is not n)
print(2 in [1, 2] not in [[1]])


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n

    def __bool__(self):
        print("  bool", self.n)
        return True


a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 < 2 < "never compared")
except TypeError as e:
    print("not reached")


class Weird:
    def __eq__(self, other):
        return "truthy string"


print(Weird() == 1, 1 == Weird(), Weird() == Weird() == 1)
print(1 < 2 < 3 and "and" or "or")
