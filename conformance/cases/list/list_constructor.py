print(list(), list([]), list((1, 2)), list("héllo"), list(range(3)), list({3: "a", 1: "b"}), list({"x"}), list(b"ab"), list(x * 2 for x in [1]))
print(list({1: 2}.values()), list(enumerate("ab")), list(zip("ab", "cd")), list(map(int, "12")), list(iter([5])), list(reversed("ab")))
a = [1, 2]
b = list(a)
print(b == a, b is a, list(a) is not a)
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "yes"
m = MyList("ab")
print(m, type(m).__name__, m.extra, len(m), m + ["c"], type(m + ["c"]).__name__, m * 2, type(m[:]).__name__, isinstance(m, list))
for bad in [5, None, 1.5, object()]:
    try:
        list(bad)
    except TypeError as e:
        print("TypeError", e)
print([1, [2, [3]]], [[]] * 3, [None] * 2, [[0] * 2 for _ in range(2)])
print(list.__new__(list) == [], type(list.__new__(MyList)).__name__)
list(1)
