d = {"a": 1}
cases = [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([]), lambda: d.pop([]), lambda: d.setdefault({}),
         lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1,)]), lambda: d.update(["abc"]), lambda: d.update({1: 2}, {3: 4}),
         lambda: dict([(1, 2, 3)]), lambda: dict(5), lambda: dict("ab"), lambda: dict([[1]]), lambda: dict.fromkeys(5),
         lambda: dict.fromkeys([[]]), lambda: d.popitem(1), lambda: d.keys(1), lambda: d["missing"], lambda: d[[]],
         lambda: d.__getitem__("a"), lambda: {[]: 1}, lambda: {1: 2}[{}], lambda: d.copy(1), lambda: d | [1], lambda: d.items()[0],
         lambda: d.values() | {1}, lambda: dict(a=1, **{"a": 2}), lambda: d.fromkeys(), lambda: d.pop()]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except Exception as e:
        print(i, type(e).__name__, e)
class Weird:
    def __hash__(self):
        raise RuntimeError("no hash")
try:
    {Weird(): 1}
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Weird() in {1: 2}
except RuntimeError as e:
    print("RuntimeError", e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError("eq")
x = {1: "one"}
try:
    x[BadEq()] = 2
except ValueError as e:
    print("ValueError", e)
print(x)
class Pairs:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Pairs()), {**Pairs()})
e = {}
e.update(Pairs())
print(e)
class OnlyKeys:
    def keys(self):
        return [1]
try:
    dict(OnlyKeys())
except TypeError as ex:
    print("TypeError", ex)
d["missing"]
