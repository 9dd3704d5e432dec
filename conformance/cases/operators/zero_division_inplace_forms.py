# ZeroDivisionError messages from augmented assignment, pow and the dunders called directly.
cases = [(1, 0), (1.0, 0), (1, 0.0), (True, False), (10**40, 0), (-2.5, -0.0), (0, 0.0)]
for a, b in cases:
    for sym in ["/=", "//=", "%="]:
        x = a
        try:
            if sym == "/=":
                x /= b
            elif sym == "//=":
                x //= b
            else:
                x %= b
            print(repr(a), sym, repr(b), "=", x)
        except ZeroDivisionError as e:
            print(repr(a), sym, repr(b), "->", type(e).__name__, e)
for a, b in [(0, -1), (0, -2.0), (0.0, -1), (-0.0, -3), (False, -1), (0, -(10**30)), (0.0, -0.5)]:
    x = a
    try:
        x **= b
        print(repr(a), "**=", repr(b), "=", x)
    except ZeroDivisionError as e:
        print(repr(a), "**=", repr(b), "->", e)
    try:
        print(pow(a, b))
    except ZeroDivisionError as e:
        print("pow", repr(a), repr(b), "->", e)
for call in [lambda: int.__truediv__(1, 0), lambda: int.__floordiv__(5, 0), lambda: int.__mod__(5, 0),
             lambda: float.__truediv__(1.0, 0.0), lambda: float.__mod__(1.0, 0.0), lambda: float.__rtruediv__(0.0, 3.0),
             lambda: int.__rfloordiv__(0, 9), lambda: int.__divmod__(3, 0), lambda: float.__divmod__(3.0, 0.0),
             lambda: int.__rpow__(-1, 0), lambda: float.__pow__(0.0, -2.0), lambda: divmod(0.0, 0.0)]:
    try:
        print(call())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(int.__truediv__(1, 0.5), int.__floordiv__(7, 2.0), float.__floordiv__(7.0, 2))
print(pow(5, 0, 1), pow(0, 0), 0 ** 0.0, 0.0 ** 0, pow(0, 5, 3))
try:
    pow(5, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1, 7)
except ValueError as e:
    print("ValueError:", e)
