a = {1: [1], 2: [2]}
b = {2: [2], 1: [1]}
print(a.items() == b.items(), a.items() != b.items(), a.items() <= b.items(), a.items() < b.items())
print(a.keys() == {1, 2}, a.keys() == frozenset({1, 2}), a.keys() == [1, 2], a.keys() != (1, 2))
print(a.keys() <= {1, 2, 3}, a.keys() < {1, 2}, a.keys() >= {1}, a.keys() > {1, 2}, {1} < a.keys())
print(a.values() == a.values(), a.values() != b.values())
for op in ["<", ">", "<=", ">="]:
    try:
        if op == "<": a.keys() < [1]
        elif op == ">": a.keys() > [1]
        elif op == "<=": a.keys() <= 5
        else: a.values() >= a.values()
    except TypeError as e:
        print("TypeError", e)
k = {"x": 1, "y": 2, "z": 3}.keys()
print(k & {"y", "q"}, k & ["z", "x", "x"], k & {"x": 0}.keys(), {"y"} & k, ("z", "w") & k if False else "skip")
print(k | ["w"], ["w"] | k, k - ["x"], ["x", "v"] - k, k ^ ["x", "v"], ["x", "v"] ^ k)
it = {"x": 1, "y": 2}.items()
print(it & {("x", 1), ("y", 3)}, it - {("x", 1)}, it ^ {("x", 1), ("q", 0)}, it | [("x", 2)])
print(k.isdisjoint(set()), k.isdisjoint({"x"}), k.isdisjoint(iter(["q", "x"])), it.isdisjoint([("x", 1)]))
try:
    k & 5
except TypeError as e:
    print("TypeError", e)
try:
    5 - k
except TypeError as e:
    print("TypeError", e)
try:
    {1: []}.items() | set()
except TypeError as e:
    print("TypeError", e)
print({1: []}.items() & [(1, [])], ({1: []}.items() & [(2, 3)]))
print(sorted({i: i for i in range(20)}.keys() & set(range(5, 30, 3))))
print(type(k & set()).__name__, type(k | set()).__name__, type(it - set()).__name__)
a.items() < [1]
