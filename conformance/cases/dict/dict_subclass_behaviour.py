class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
l = Loud(a=1)
l["b"] = 2
print(l["a"], l.get("a"), dict(l), l.copy(), type(l.copy()).__name__)
l.update(c=3)
print(l, l.setdefault("d", 4), {**l})
class Default(dict):
    def __missing__(self, k):
        return []
dd = Default()
dd["x"].append(1)
print(dd, dd["y"], len(dd))
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=1, a=2)
print(list(o), o.keys(), dict(o), {**o})
class Eq(dict):
    def __eq__(self, other):
        return True
print(Eq() == {1: 2}, {1: 2} == Eq(), Eq(a=1) != {})
class H(dict):
    def __hash__(self):
        return 1
print(hash(H()), {H(): 1} if False else "hashable dict subclass")
