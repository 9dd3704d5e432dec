print(dict(), dict({}), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1), ("b", 2)]), dict((("x", 1),)), dict([["k", "v"]]), dict(["ab", "cd"]))
print(dict(zip(range(3), "abc")), dict({1: 2}.items()), dict(((i, i * i) for i in range(3))), dict([(1, 1), (1, 2)]), dict(a=1, a_=2))
print(dict.fromkeys("aba"), dict.fromkeys([1, 2], "v"), dict.fromkeys(range(0)), dict.fromkeys({"z": 1, "y": 2}))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class OD(dict):
    pass
print(OD.fromkeys("xy", 0), type(OD.fromkeys("xy")).__name__, dict.fromkeys.__name__)
class Keys:
    def __init__(self):
        self.calls = []
    def keys(self):
        self.calls.append("keys")
        return iter(["p", "q"])
    def __getitem__(self, k):
        self.calls.append(k)
        return k * 2
k = Keys()
print(dict(k), k.calls)
for bad in [[1], [(1, 2, 3)], ["a"], [[1]], 5, [None]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = dict(x=1)
d.__init__(y=2)
print(d)
d.__init__({"z": 3}, w=4)
print(d)
dict([(1, 2), (3,)])
