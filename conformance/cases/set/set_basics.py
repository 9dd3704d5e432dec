s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, set(), frozenset(), set("hello"), frozenset([1, 2, 2]), {(1, 2), "a", 3.5})
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1})}, set() in {frozenset()}, frozenset({2}) in {frozenset({2}): 0})
p = {1, 2, 3}
print(p.pop(), p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
c = {1, 2}.copy(); c.add(3); print(c)
c.clear(); print(c, type(c))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print(a.union(), a.intersection(), a.difference(), a.union("ab"), a.intersection(range(3)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint([1]), {1} <= a, a < a, a <= a, a >= {1}, a > a)
x = {1, 2, 3}
x |= {4}; print(x)
x &= {1, 2, 4, 9}; print(x)
x -= {1}; print(x)
x ^= {2, 5}; print(x)
x.update([7], (8,)); print(x)
x.intersection_update([4, 5, 7, 99]); print(x)
x.difference_update({4}, [5]); print(x)
x.symmetric_difference_update([7, 100]); print(x)
for bad in [lambda: {1} | [2], lambda: {1} & (1,), lambda: {1} - "a", lambda: {1} ^ 5, lambda: {1} < [1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
y = {1}
try:
    y |= [2]
except TypeError as e:
    print("TypeError", e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1} != {1, 2}, set() == frozenset(), {1} == [1])
fs = frozenset({1, 2})
print(fs | {3}, type(fs | {3}), type({3} | fs), type(fs & {1}), type(fs.union([5])), type(fs.copy()), fs.copy() is fs)
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({1, 2, 3})))
print(hash(frozenset(["a"])) == hash(frozenset(["a"])), hash(frozenset(range(100))))
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError", e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({"a"}), frozenset({frozenset({1})}))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), type(S([1]) | {2}), type(F([1]) | {2}), S(), F(), repr(S({1, 2})))
print(set(range(20)), set(range(-5, 5)), {-1, -2, 1, 2}, {2**61 - 1, 2**61, 0.5, -0.5})
print(set(["b", "a", "c", "abc", "xyz", ""]), {1.5, 2.5, "x", (1,), 10**20})
print(sorted({5, 3, 9}), max({5, 3}), sum({1, 2, 3}), len(set("mississippi")))
print({x % 5 for x in range(20)}, set(map(abs, [-1, 1, -2])))
r = set()
for i in range(100):
    r.add(i * 7 % 31)
print(r)
for i in range(0, 31, 2):
    r.discard(i)
print(r, len(r))
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())
q = {1, 2, 3}
try:
    for e in q:
        q.add(e + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
q2 = {1, 2}
try:
    for e in q2:
        q2.discard(e)
except RuntimeError as ex:
    print("RuntimeError", ex)
{1, 2}.remove(3)
