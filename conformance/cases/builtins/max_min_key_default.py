words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default=None), min((), default="empty"), max(iter([]), default=0), max([3], default=9))
print(max(1, 2.5, True), min(1, 1.0), min(1.0, 1), max(1.0, 1), max([[1, 2], [1, 3], [0, 9]]), min("hello"))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min(range(10), key=lambda x: (x - 5) ** 2))
print(max([-1, 1, -2], key=abs), min([-1, 1, -2], key=abs), max([(1, "a"), (1, "b")]), max(x * x for x in range(-3, 2)))
print(max("abc", "abd", "ab"), min(b"xyz"), max({3, 1, 2}), min({1: "z", 0: "y"}))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0),
             lambda: max([1], key=1), lambda: max([1], bogus=1), lambda: min(None), lambda: max([1, 2], key=lambda x: [][x])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([nan, 1]), min([1, nan]))
max([])
