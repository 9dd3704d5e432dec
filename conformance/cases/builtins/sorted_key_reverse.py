data = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.1), ("eve", 22, 3.5)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (r[1], r[0])))
print(sorted(data, key=lambda r: (-r[2], r[0])))
print(sorted(data, key=lambda r: r[2], reverse=True))
print(sorted(data, key=len), sorted([3, 1, 2], key=lambda x: 0), sorted([3, 1, 2], key=lambda x: 0, reverse=True))
print(sorted("Hello World", key=str.lower), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([-3, 2, -1], key=abs))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True), sorted([[2, "b"], [1, "z"], [2, "a"]]))
it = iter([3, 1, 2])
print(sorted(it), list(it), sorted(()), sorted([]), sorted([1]), sorted(range(5, 0, -1)))
words = ["banana", "Apple", "cherry"]
s = sorted(words)
print(s is words, words, s)
for call in [lambda: sorted([1, 2], key=lambda x, y: 0), lambda: sorted(None), lambda: sorted([1, 2], cmp=None), lambda: sorted([], reverse="x"),
             lambda: sorted([1, 2], reverse=2**100), lambda: sorted([3, 1], key=str.upper)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
sorted([2, 1], key=lambda: 0)
