fs = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset("abc"), frozenset(range(10)), frozenset({(1, 2)}),
      frozenset({frozenset({1})}), frozenset({-1, -2}), frozenset({1.5, 2.5}), frozenset({2**64})]
for f in fs:
    print(sorted(f, key=repr), hash(f))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1, 2])), frozenset({1}) == {1}, hash(frozenset({1})) != hash((1,)))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({2, 1}) in d)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s), frozenset({1}) in s, {1} in s)
class FS(frozenset):
    pass
print(hash(FS({1, 2})) == hash(frozenset({1, 2})), FS({1}) == frozenset({1}), type(FS({1}) | {2}).__name__, repr(FS({3})))
f1 = frozenset([1, 2, 3])
print(f1.copy() is f1, frozenset(f1) is f1, FS(f1) is f1, f1 == set(f1), hash(f1) == hash(frozenset(set(f1))))
print(frozenset({1, 2}) | frozenset({3}), frozenset({1, 2}) & frozenset({2}), frozenset("ab") - frozenset("a"), frozenset("ab") ^ frozenset("bc"))
try:
    frozenset({1}).add(2)
except AttributeError as e:
    print("AttributeError", e)
try:
    frozenset({1}).discard(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    hash(frozenset({1, (2, [3])}))
except TypeError as e:
    print("TypeError", e)
frozenset([[1]])
