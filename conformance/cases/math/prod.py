import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 20)), math.prod([2.5, 4]), math.prod([1.5, 2]))
print(math.prod([], start=5), math.prod([2, 3], start=10), math.prod([], start=2.5), math.prod([2**40, 2**40, 2**40]))
print(math.prod(['a', 2]), math.prod([3], start='ab'), math.prod([[1], 2]), math.prod([True, True]), math.prod([True, 2.0]))
print(math.prod(x for x in (1, 2, 3)), math.prod([1, 2.0, 3]), math.prod([10**30, 10**30]), math.prod([0.1] * 3))
class V:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o):
        return V(o * self.v)
print(math.prod([V(2), V(3)]).v, math.prod([V(2)], start=V(5)).v)
check(lambda: math.prod(1))
check(lambda: math.prod([1, 2], 3))
check(lambda: math.prod(start=3))
check(lambda: math.prod())
check(lambda: math.prod([1], x=2))
check(lambda: math.prod(['a', 'b']))
check(lambda: math.prod([None, 1]))
