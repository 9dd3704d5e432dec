print({x: x * x for x in range(5)}, {c: i for i, c in enumerate("abcab")}, {k: v for k, v in [("a", 1), ("a", 2)]}, {x % 3: x for x in range(10)})
print({(x, y): x * y for x in range(2) for y in range(2)}, {k: v for k, v in {"a": 1, "b": 2}.items() if v > 1}, {v: k for k, v in {"a": 1, "b": 1}.items()})
print({str(i): [j for j in range(i)] for i in range(3)}, {i: {j: i * j for j in range(2)} for i in range(2)})
keys = ["x", "y"]
print({k: len(k) for k in keys}, dict.fromkeys(keys, 0) == {k: 0 for k in keys})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError", e)
order = []
def k(x):
    order.append("k%d" % x)
    return x
def v(x):
    order.append("v%d" % x)
    return x
d = {k(i): v(i) for i in range(2)}
print(order)
order.clear()
d2 = {k(1): v(1), k(2): v(2)}
print(order)
