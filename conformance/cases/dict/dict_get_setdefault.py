counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = {"a": None}
print(d.get("a", 5), d.setdefault("a", 6), d, d.get("b"), d.pop("a", 7), d)
print({}.get(1, {}), {1: 0}.get(1, 99), {0: False}.get(0, True))
class DefaultDictish(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
dd = DefaultDictish()
print(dd["x"], dd["y"], dd["x"], dd, dd.get("z"), "z" in dd)
class NotMissing(dict):
    pass
try:
    NotMissing()["q"]
except KeyError as e:
    print("KeyError", e)
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError("custom " + key)
try:
    MissingRaises()["k"]
except LookupError as e:
    print(type(e).__name__, e)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {k: v for k, v in zip(range(3), "xyz") if k != 1})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "none"))
try:
    nested["a"]["x"]["c"]
except KeyError as e:
    print("KeyError", e)
try:
    {(1, 2): 3}[1, 3]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
{1: 2}[3]
