a = {1, 2, 3}
print(a.union([3, 4], (5,), "ab" if False else []), a.intersection([2, 3, 4], {3}), a.difference({1}, [2]), a.symmetric_difference([3, 4]))
print(a.issubset([1, 2, 3]), a.issubset([1, 2]), a.issuperset(range(1, 3)), a.isdisjoint("abc"), a.isdisjoint(iter([3])))
print(frozenset(a).union({9}), frozenset(a) & {2}, {2} & frozenset(a), type({2} & frozenset(a)), type(frozenset(a) & {2}))
b = set(a)
b.update()
b.update([], (), {})
b.intersection_update(a, range(10))
print(b)
b.difference_update()
b.symmetric_difference_update({1, 10})
print(b)
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
             "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    try:
        getattr(set(a), name)(5)
    except TypeError as e:
        print(name, "TypeError", e)
for name in ["add", "discard", "remove"]:
    try:
        getattr(set(a), name)([1])
    except TypeError as e:
        print(name, "TypeError", e)
s = {1, 2}
print(s.discard(5), s.remove(1) if 1 in s else None, s, {frozenset({1})} - {frozenset({1})})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} < {2}, {1} > {2}, frozenset({1}) < {1, 2})
print({1, 2} == {1, 2}, {1, 2} != frozenset({1, 2}), set() == set(), set() < {0}, {0} > set())
try:
    {1} <= [1]
except TypeError as e:
    print("TypeError", e)
print(set().isdisjoint(set()), {1}.issubset({1}), set().issubset(set()))
x = {1, 2, 3}
y = x
x -= {1}
print(x is y, x)
x |= {5}
x &= {2, 5}
x ^= {7}
print(x is y, y)
fs = frozenset({1, 2})
fs2 = fs
fs |= {3}
print(fs, fs2, fs is fs2)
print(set.union({1}, {2}), set.intersection({1, 2}, [2]), frozenset.union(frozenset(), [1]))
try:
    set.union([1], {2})
except TypeError as e:
    print("TypeError", e)
print(len(set(range(10**4)) - set(range(0, 10**4, 2))), sum({x % 7 for x in range(100)}))
print(sorted({"b", "a"} | {"c"}), {(1, 2), (1, 2)}, {0.1 + 0.2, 0.3})
{1}.remove(2)
