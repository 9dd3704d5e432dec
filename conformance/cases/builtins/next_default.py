it = iter([1])
print(next(it, "a"), next(it, "b"), next(it, None), next(it, it) is it)
g = (x for x in range(2))
print(next(g), next(g), next(g, "done"))
def gen():
    yield 1
    return 42
gg = gen()
print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print("StopIteration", e, e.value)
print(next(gg, "after"))
print(next(iter({}), "empty dict"), next(iter("x")), next(reversed("ab")), next(enumerate("q")), next(zip("a", "b")))
for bad in [[1], "s", 5, None]:
    try:
        next(bad)
    except TypeError as e:
        print("TypeError", e)
class It:
    def __next__(self):
        return "custom"
print(next(It()))
class Raises:
    def __next__(self):
        raise KeyError("k")
try:
    next(Raises(), "dflt")
except KeyError as e:
    print("KeyError", e)
next(iter([]))
