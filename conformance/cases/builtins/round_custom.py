class R:
    def __round__(self, n=None):
        return "rounded to %r" % (n,)
print(round(R()), round(R(), 2), round(R(), None), round(R(), -1))
class NoRound:
    pass
for args in [(NoRound(),), ("1.5",), (None,), ([1],)]:
    try:
        round(*args)
    except TypeError as e:
        print("TypeError", e)
class MyF(float):
    pass
class MyI(int):
    pass
print(round(MyF(2.5)), type(round(MyF(2.5))).__name__, round(MyF(2.567), 2), type(round(MyF(2.567), 2)).__name__)
print(round(MyI(15), -1), type(round(MyI(15), -1)).__name__, round(MyI(7)), type(round(MyI(7))).__name__)
print(round(True), round(False, 3), type(round(True, 1)).__name__, round(10**20 + 5, -1), round(-(10**20) - 5, -1))
for nd in [1.0, "1", [1]]:
    try:
        round(1.5, nd)
    except TypeError as e:
        print("TypeError", e)
    try:
        round(15, nd)
    except TypeError as e:
        print("TypeError", e)
class Idx:
    def __index__(self):
        return 1
print(round(1.25, Idx()), round(155, Idx()), round(155, -Idx.__index__(Idx())))
round(NoRound())
