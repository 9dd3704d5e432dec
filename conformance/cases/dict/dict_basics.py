d = {"b": 1, "a": 2, 3: "c"}
print(d, len(d), d["a"], d[3], list(d), list(d.keys()), list(d.values()), list(d.items()))
d["z"] = 0; d["b"] = 9; print(d)
del d["a"]; print(d)
d["a"] = 5; print(d)
for k in ["nope", 4.5, (1, 2)]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    {}[()]
except KeyError as e:
    print("KeyError", repr(e), str(e))
try:
    {}[("a", "b")]
except KeyError as e:
    print("KeyError", repr(e), str(e))
try:
    {}[""]
except KeyError as e:
    print("KeyError", repr(e), str(e))
print(d.get("a"), d.get("q"), d.get("q", 7), d.setdefault("a", 100), d.setdefault("n"), d.setdefault("m", []), d)
print(d.pop("n"), d.pop("qq", "dflt"), d)
try:
    d.pop("qq")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
e = d.copy(); e["new"] = 1; print(d, e, e is d)
d.update({"x": 1}, y=2); print(d)
d.update([("p", 1), ["q", 2]]); print(d)
d.update(); d.update(k=3); print(d)
d.update(d.items()); print(d)
for bad in [[1, 2], [(1, 2, 3)], 5, ["ab", "cde"]]:
    try:
        {}.update(bad)
        print("ok", bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
d.clear(); print(d, len(d))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip("ab", [1, 2])), dict([]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
print({1: 1, 1.0: 2, True: 3}, {0: "a", False: "b", 0.0: "c"})
print({(1, 2): "t", frozenset({1}): "f", None: "n", 2.5: "f"})
print("a" in {"a": 1}, "b" not in {"a": 1}, 1 in {1.0: 0})
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {1: 2})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
print(repr({}), str({"a": "b"}), {"q'": '"'}, {1: {2: {3: {}}}})
r = {}
r[1] = r
print(r, {2: r})
class D(dict):
    pass
dd = D(a=1)
print(dd, type(dd), type(dd.copy()), dd == {"a": 1}, isinstance(dd, dict))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
print(sorted({3: 1, 1: 2, 2: 3}), max({1: 2, 5: 0}), min({"b": 1, "a": 2}.values()))
x = {i: i * i for i in range(5)}
print(x, {k: v for k, v in x.items() if v % 2})
print(dict.__name__, {}.__len__(), {1: 2}.__getitem__(1), {1: 2}.__contains__(1))
{"a": 1}["b"]
