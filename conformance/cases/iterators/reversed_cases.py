print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"ab")))
r = reversed([1, 2, 3])
print(type(r).__name__, iter(r) is r, next(r), r.__length_hint__(), list(r), next(r, "end"), r.__length_hint__())
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed((1,))).__name__, type(reversed({})).__name__)
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())))
class RNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for bad in [5, {1, 2}, iter([1]), (x for x in []), RNone(), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
l = [1, 2, 3]
rl = reversed(l)
l.append(4)
print(list(rl))
l2 = [1, 2, 3]
rl2 = reversed(l2)
next(rl2)
l2.clear()
print(list(rl2))
reversed(5)
