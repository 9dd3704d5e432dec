print(list(enumerate([])), list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate("ab", start=10)))
print(list(enumerate(range(3), 2**64)), list(enumerate("a", True)), list(enumerate({"x": 1})), list(enumerate({5})))
e = enumerate(["a", "b", "c"])
print(type(e).__name__, iter(e) is e, next(e), next(e), list(e), list(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = dict(enumerate("xyz"))
print(d, {v: k for k, v in enumerate("xyz")})
class I:
    def __index__(self):
        return 100
print(list(enumerate("ab", I())))
for bad in [(5,), ([], 1.5), ([], "1"), ([], None)]:
    try:
        enumerate(*bad)
    except TypeError as e:
        print("TypeError", e)
big = enumerate(range(3), 2**62 - 1)
print(list(big))
neg = enumerate("abc", -(2**63))
print(list(neg))
def gen():
    yield "g1"
    yield "g2"
print(list(enumerate(gen(), 1)), [i * x for i, x in enumerate([5, 6, 7])])
print(enumerate.__name__, isinstance(enumerate([]), enumerate))
enumerate(5)
