# 1, 1.0 and True hash alike and compare equal, so dicts and sets keep the first key with
# the last value.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(next(iter(d))).__name__)
d2 = {True: "bool", 1: "int", 1.0: "float"}
print(d2)
d3 = {0.0: "a", 0: "b", False: "c", -0.0: "d"}
print(d3)
s = {1.0, 1, True}
print(s, {True, 1}, {0, False, 0.0}, {1} | {1.0}, {1.0} | {1}, {1.0} & {True}, {True} & {1.0})
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
for v in [2, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**64, 10**30, -(10**30)]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1023 else "-", v == float(v))
print(hash(0.5), hash(-0.5), hash(1.5), hash(2.5) == hash(5 / 2), hash(1e300) == hash(int(1e300)))
counts = {}
for k in [1, 1.0, True, 2, 2.0, False, 0]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(dict.fromkeys([True, 1, 1.0]), dict.fromkeys([1.0, True]), list({2.0: 0, 2: 1}.items()))
print(1.0 in {1: 0}, True in {1.0}, 2 ** 53 in {float(2**53)}, 2 ** 53 + 1 in {float(2**53)})
print({1: "a"}.get(True), {1.5: "x"}.get(3 / 2), {10**20: 1}.get(1e20), {int(1e20): 1}.get(1e20))
m = {}
m[1] = "first"
m[1.0] = "second"
m.setdefault(True, "third")
print(m, m.pop(True), m)
print(len({1, 1.0, True, 2, 2.0, 3.5}), sorted({-0.0, 0, 1, 1.0}), [type(x).__name__ for x in {1.0: 0, 1: 0}])
