print(set(), set([]), set("hello"), set((1, 2, 2)), set({1: "a", 2: "b"}), set({3: 0}.items()), set(range(5)), set(b"aab"), set(x % 3 for x in range(9)))
print(frozenset(), frozenset("aab"), frozenset([frozenset([1])]), set([(1, 2), (1, 2)]), set([1, 1.0, True]), set([0, False, 0.0]))
s = {1, 2}
t = set(s)
print(t == s, t is s, set(frozenset(s)), frozenset(s) == s)
class S(set):
    def __init__(self, it=(), tag=None):
        super().__init__(it)
        self.tag = tag
x = S([1, 2], tag="t")
print(x, x.tag, type(x | {3}).__name__, type(x.copy()).__name__, isinstance(x, set), S(), len(S("abc")))
for bad in [5, None, [[1]], [{}], 1.5]:
    try:
        set(bad)
    except TypeError as e:
        print("TypeError", e)
s2 = {1, 2, 3}
s2.__init__([9])
print(s2)
s2.__init__()
print(s2)
set([[]])
