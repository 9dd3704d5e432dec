t = (1, 2, 3, 2, 1, 2.0, True)
print(t.index(2), t.index(2, 2), t.index(2, -4), t.index(1, 1), t.index(1, -3, -1) if False else "skip", t.count(2), t.count(1), t.count(True))
print(t.index(3, -2**100), t.index(1, 0, 2**100), t.index(2, 2**-1 if False else 1))
for args in [(9,), (1, 1, 4), (3, 3), (2, -2, -1), (1, "a"), (1, 0, None), (1, 1.5)]:
    try:
        print(args, t.index(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        return o == 3
print((1, 2, 3).index(Eq()) if False else (Eq() in (1, 2, 3)), (1, 2, 3).count(Eq()), [1, 3, 3].count(Eq()))
print(().count(1), (None,).index(None), ((1,),).index((1,)), ("a", "b").index("b"))
nan = float("nan")
print((nan,).count(nan), (nan,).index(nan), (float("nan"),).count(nan))
print([1, 2, 3].index(3, -2**100, 2**100), [1, 2].index(2, True))
try:
    [1].index(1, None)
except TypeError as e:
    print("TypeError", e)
(1, 2).index(3)
