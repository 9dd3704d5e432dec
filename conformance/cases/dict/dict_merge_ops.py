a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
c |= {"x": None}.items()
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print("TypeError", e)
try:
    a | 5
except TypeError as e:
    print("TypeError", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)
class D(dict):
    pass
print(type(D(a=1) | {}), type({} | D(a=1)), D(a=1) | {"b": 2})
print(dict(a, **b), {**a, **b}, {**a, "y": 99}, {"y": 99, **a})
def f(**kw):
    return kw
print(f(**a), f(**a, z=1))
try:
    f(**a, x=5)
except TypeError as e:
    print("TypeError", e)
try:
    dict(a, x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
print(dict(**{"1": 1}), dict({1: 2}.items()))
try:
    dict(**{1: 1})
except TypeError as e:
    print("TypeError", e)
import_keys = list({"b": 1, "a": 2}.keys())
print(import_keys)
od = {}
od["z"] = 1; od["a"] = 2; od["m"] = 3
del od["a"]; od["a"] = 4
print(od, list(od), next(iter(od)), next(reversed(od)))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999], sum(big))
big.update({i: i for i in range(10)})
print(list(big.items())[-3:], len(big))
print(list(reversed(big))[:3], reversed({}).__class__.__name__)
p = {1: "a"}
print(p.pop(1), p, p.get(1, "gone"))
q = dict.fromkeys("aab", 1)
print(q, len(q))
print(D.fromkeys([1]), type(D.fromkeys([1])))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
kd = {K(1): "one", K(2): "two"}
print(kd[K(1)], K(3) in kd, kd)
hd = {1: 0, 2**61 - 1: 0, -1: 0, -2: 0, 2**61: 0, 0.5: 0}
print(hd)
a | 5
