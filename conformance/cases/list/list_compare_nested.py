pairs = [([], []), ([1], []), ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([[1]], [[1]]), ([[1, 2]], [[1, 3]]), ([(1, 2)], [(1, 2)]), ([1, [2]], [1, [2]]),
         ([0.0], [-0.0]), ([1], [1.0]), ([True], [1]), (["a"], ["a", "b"]), (["b"], ["a", "z"]), ([None], [None])]
for a, b in pairs:
    row = [a == b, a != b]
    for op in ["<", "<=", ">", ">="]:
        try:
            row.append({"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op])
        except TypeError as e:
            row.append("TE")
    print(a, b, row)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print([Cmp(1)] == [Cmp(1)], [Cmp(1)] != [Cmp(2)])
x = [1, 2]
print(x == x, [x] == [x], x < x + [0])
try:
    [1, 2] < [1, None]
except TypeError as e:
    print("TypeError", e)
[[1]] < [["a"]]
