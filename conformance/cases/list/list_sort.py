class Rand:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x % n
random = Rand(5)
data = [5, 3, 8, 1, 9, 2, 7]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
data.sort(reverse=True); print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted([3.5, 1, True, 2**70, -1.5]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({5, 1, 3}), sorted(()))
print(sorted([[2, 1], [1, 2], [1], []]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([None, None])
except TypeError as e:
    print("TypeError", e)
try:
    [3, 2, 1].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError", e)
print(len(l))
l = [3, 1, 2]
def bad(x):
    l.clear()
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print("ValueError", e)
print(l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))
big = [random.randrange(1000) for _ in range(2000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stab = [(random.randrange(10), i) for i in range(500)]
st = sorted(stab, key=lambda t: t[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
rv = sorted(stab, key=lambda t: t[0], reverse=True)
print(all(rv[i][1] < rv[i + 1][1] for i in range(len(rv) - 1) if rv[i][0] == rv[i + 1][0]))
print(sorted([1, 2, 3], key=None), sorted([1, 2, 3], reverse=0), sorted([1, 2], reverse=2))
print(sorted(range(10), key=lambda x: -x)[:3])
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]), sorted(["b", "B", "a", "A", "é", "e"]))
nan = float("nan")
print(len(sorted([3, nan, 1])))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(reverse=None)
except TypeError as e:
    print("TypeError", e)
x = [2, 1]
print(x.sort(), x)
sorted([1, "x"])
