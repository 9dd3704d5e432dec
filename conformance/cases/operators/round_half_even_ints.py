# round() on ints with negative ndigits rounds half to even, exactly, at any size.
for v in [5, 15, 25, 35, -5, -15, -25, 45, 50, 150, 250, -250, 949, 950, 951, 1050, 0, 1]:
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, 0), round(v, 3), round(v))
big = 10**30
for v in [big + 5 * 10**9, big + 15 * 10**9, big - 5 * 10**9, -big - 5 * 10**9, big + 5 * 10**9 + 1]:
    print(round(v, -10), round(v, -10) - v)
print(round(10**50 + 5, -1), round(-(10**50) - 5, -1), round(5, -100), round(-7, -50), round(123, 2**70))
print([round(x / 2) for x in range(-7, 8)], [round(x + 0.5) for x in range(-4, 5)])
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(True), round(False, 2), type(round(True)).__name__, round(True, -1), type(round(True, -1)).__name__)
print(type(round(5, -1)).__name__, type(round(5.0)).__name__, type(round(5.0, 0)).__name__, round(5, None))


class MyInt(int):
    pass


print(type(round(MyInt(15), -1)).__name__, round(MyInt(15), -1), type(round(MyInt(15))).__name__)
for args in [("1",), (1, 1.5), (1.5, "2"), (None,), ([],)]:
    try:
        print(round(*args))
    except TypeError as e:
        print("TypeError:", e)


class R:
    def __round__(self, n=None):
        return ("R", n)


print(round(R()), round(R(), 3), round(R(), None), round(R(), -2))
