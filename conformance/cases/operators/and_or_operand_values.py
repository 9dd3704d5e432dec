# and/or yield an operand, not a bool; truth testing goes through __bool__ then __len__.
class T:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __bool__(self):
        print("  bool", self.name)
        return self.value

    def __repr__(self):
        return self.name


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  len", self.n)
        return self.n

    def __repr__(self):
        return f"L{self.n}"


print(T("a", True) and T("b", False) and T("c", True))
print(T("a", False) or T("b", False) or T("c", True) or T("d", True))
print(L(0) or L(2), L(3) and L(0), not L(0), not L(5))
print(not T("n", False), [] or (), 0 and 1 / 0, "" or 0.0 or None, [0] and {0: 0})
r = T("p", True) and T("q", True)
print(r, type(r).__name__)
for bad in [lambda s: 2, lambda s: 0, lambda s: None, lambda s: "yes", lambda s: True]:
    class B:
        __bool__ = bad

        def __repr__(self):
            return "B()"
    for expr in [lambda: not B(), lambda: B() or 1, lambda: B() and 1, lambda: 1 if B() else 2, lambda: bool(B())]:
        try:
            print(expr())
        except TypeError as e:
            print("TypeError:", e)
for n in [-1, 2**70, "3", 1.0]:
    class Len:
        def __len__(self, n=n):
            return n
    try:
        print(not Len())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class NoBool:
    __bool__ = None


try:
    print(not NoBool())
except TypeError as e:
    print("TypeError:", e)
x = 0
y = x or (x := 5) and x * 2
print(x, y)
