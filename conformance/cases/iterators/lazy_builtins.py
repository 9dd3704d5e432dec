log = []
def gen(n, tag):
    for i in range(n):
        log.append((tag, i))
        yield i
m = map(lambda x: x * 10, gen(3, "m"))
print(log, type(m).__name__)
print(next(m), log)
print(list(m), log)
log.clear()
f = filter(lambda x: x % 2, gen(5, "f"))
print(log, next(f), log, list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0])), list(filter(bool, (0, 2))))
e = enumerate("abc")
print(next(e), list(e), list(enumerate("xy", 10)), list(enumerate("xy", start=-2)), list(enumerate([], 5)))
print(list(enumerate("ab", 2**70)), list(enumerate("ab", True)))
z = zip([1, 2, 3], "ab", (True, False, None))
print(type(z).__name__, list(z), list(zip()), list(zip([1, 2])), list(zip("abc", range(10))))
print(list(zip("ab", "cd", strict=True)))
for bad in [("ab", "c"), ("a", "bc"), ("abc", "abc", "ab")]:
    try:
        print(list(zip(*bad, strict=True)))
    except ValueError as ex:
        print("ValueError", ex)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")), list(map(str.upper, "hi")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 4 in Seq(), 1 in Seq())
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    reversed({})
except TypeError as ex:
    print("TypeError", ex)
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as ex:
    print("StopIteration", repr(ex))
try:
    next([1])
except TypeError as ex:
    print("TypeError", ex)
try:
    iter(5)
except TypeError as ex:
    print("TypeError", ex)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), count)
try:
    iter(5, 1)
except TypeError as ex:
    print("TypeError", ex)
ci = iter(tick, 100)
print(type(ci).__name__, next(ci))
print(list(map(None.__class__, [])) if False else "skip")
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as ex:
    print("TypeError", ex)
try:
    filter(None, 5)
except TypeError as ex:
    print("TypeError", ex)
try:
    zip([1], 5)
except TypeError as ex:
    print("TypeError", ex)
try:
    enumerate(5)
except TypeError as ex:
    print("TypeError", ex)
try:
    enumerate([], "1")
except TypeError as ex:
    print("TypeError", ex)
print(list(zip(*[(1, 2), (3, 4), (5, 6)])), dict(zip("ab", range(2))), sum(map(len, ["a", "bb"])))
print(all(map(bool, [1, 2])), any(filter(None, [0, 0])), max(map(abs, [-3, 2])), sorted(filter(str.isupper, "aBcD")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 2 for x in [1, 3]), any([0, None, ""]), all([1, "a", [0]]))
try:
    any(5)
except TypeError as ex:
    print("TypeError", ex)
e2 = enumerate([1, 2, 3])
print(e2.__next__(), e2.__iter__() is e2)
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i == 0:
        lst.append(4)
print(lst)
rl = reversed(lst)
lst.clear()
print(list(rl))
it3 = iter([1, 2, 3])
print(it3.__length_hint__(), list(zip(it3, it3)))
print(list(zip([1, 2, 3], [4, 5], strict=False)))
list(zip([1], [1, 2], strict=True))
