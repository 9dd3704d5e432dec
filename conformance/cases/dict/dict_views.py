d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print("a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it, "z" in k, 5 in v, ["a", 1] in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
d["d"] = 4
print(k, v, it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"}, {"a", "q"} & k, {"q"} | k, {"a", "q"} - k, ["a", "q"] ^ k)
print(it & {("a", 1)}, it - {("a", 1)}, it | {("z", 0)})
print(k == {"a", "b", "c", "d"}, k == ["a", "b", "c", "d"], k != set(), k < {"a", "b", "c", "d", "e"}, k <= k, k > {"a"}, k >= {"a", "z"})
print(it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, v == v, v == d.values())
print(k.isdisjoint({"z"}), k.isdisjoint(["a"]), it.isdisjoint({("a", 1)}))
print(k.mapping, type(k.mapping), k.mapping is d if False else "skip")
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
try:
    {}.items() & 5
except TypeError as e:
    print("TypeError", e)
print(sorted(k), sorted(v), sorted(it), sum(v), max(k))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
it2 = iter(d)
print(next(it2))
d["new"] = 1
try:
    next(it2)
except RuntimeError as ex:
    print("RuntimeError", ex)
d2 = {1: 1, 2: 2}
for key in d2:
    d2[key] = 0
print(d2)
d3 = {1: 1, 2: 2}
try:
    for key in d3:
        del d3[key]
except RuntimeError as ex:
    print("RuntimeError", ex)
d4 = {1: 1}
try:
    for key in d4.keys():
        d4[key + 1] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
d5 = {1: 1, 2: 2}
try:
    for val in d5.values():
        d5.pop(2)
except RuntimeError as ex:
    print("RuntimeError", ex)
d6 = {1: 1}
ii = iter(d6.items())
d6.clear(); d6[5] = 5
try:
    print(list(ii))
except RuntimeError as ex:
    print("RuntimeError", ex)
d7 = {"x": 1, "y": 2}
i7 = iter(d7)
print(i7.__length_hint__(), next(i7), i7.__length_hint__())
r = {"k": 1}
r["self"] = r.values()
print(r)
print({1: 2}.keys() | [3], {1: 2}.items() ^ [(1, 2)])
for x in {"a": 1}.items():
    print(x, type(x))
k, v = zip(*{"p": 1, "q": 2}.items())
print(k, v)
d8 = {1: 2}
for key in d8:
    d8[key + 10] = 1
