print(sum([]), sum([], 5), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.5]), sum([2.5, 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, True]), type(sum([True])), sum([], 0.0), type(sum([], 0.0)))
print(sum([2**62, 2**62, 2**62]), sum([-2**62, -2**62]), sum([1e308, 1e308]), sum([1, 2**100, 0.5]))
print(sum(x / 10 for x in range(10)), sum([0.1] * 10), sum(iter([1, 2]), 10), sum([1, 2], start=100))
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.n)
    def __repr__(self):
        return "V(%d)" % self.n
print(sum([V(1), V(2)]), sum([V(1), V(2)], V(10)), sum([1, V(2)]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray()], bytearray()), lambda: sum([1, "a"]),
             lambda: sum(5), lambda: sum([[1]]), lambda: sum([1], None), lambda: sum(["a"])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
sum(["a"], "")
