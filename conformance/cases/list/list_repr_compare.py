a = [1, "two", 3.0, None, True, [4, [5]], (6,), {7: 8}, {9}, b"x"]
print(a, repr(a), str(a))
r = [1, 2]
r.append(r)
print(r, repr(r))
r2 = [r, [r]]
print(r2)
d = {"k": []}
d["k"].append(d)
print(d, [d])
print([], [[]], [()], [{}], [set()], [frozenset()], ["'", '"', "\n", "\\"])
print([1, 2] == [1, 2], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1], [1, "a"] == [1, "a"], [1, 2] == (1, 2), [1] == [1.0])
nan = float("nan")
print([nan] == [nan], [nan][0] == nan, nan in [nan], [1, nan] < [1, nan])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, "a"] if False else "skip", [1, "a"] < [2, 3])
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
print(1 in [1, 2], 3 not in [1, 2], [] in [[]], "a" in ["abc"], None in [None])
print(len([1, [2, 3]]), bool([]), bool([0]), [0] * 3 == [0, 0, 0])
class E:
    def __eq__(self, o):
        print("eq called")
        return True
e = E()
print(e in [1], [e] == [e], [E()] == [1])
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
print([i * i for i in range(5)], [x for x in "ab"], list(map(lambda x: x, [])))
print(str([1.0, -0.0, 1e100, float("inf")]))
print(max([1, 5, 3]), min([[2], [1, 9]]), sum([1.5, 2]), [1, 2].index(2))
print({1: [2, 3]}, ([1],), [[1, 2], [3]])
big = list(range(1000))
print(repr(big)[:30], len(repr(big)))
hash([1])
