# Containers compare by identity before calling __eq__, so an object is always found in itself.
class Never:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  eq", self.name)
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return self.name


n = Never("n")
m = Never("m")
lst = [m, n]
print(n in lst, lst.count(n), lst.index(n), n == n, n != n)
print([n] == [n], (n,) == (n,), [n] == [m], {n: 1}[n], n in {n}, n in (m, n))
lst.remove(n)
print(lst)
print(Never("x") in [Never("y")])
nan = float("nan")
other_nan = float("nan")
vals = [1, nan, 2]
print(nan in vals, other_nan in vals, vals.count(nan), vals.index(nan), nan == nan, nan is nan)
print([nan] == [nan], [nan] == [other_nan], (nan, 1) < (nan, 2), {nan: "a"}.get(nan), {nan: "a"}.get(other_nan))
d = {nan: 1, other_nan: 2}
print(len(d), len({nan, nan, other_nan}), max([nan, 1]) is nan)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, type(None) is type(None))
a = []
b = a
print(a is b, a is not b, not a is b, (a is b) is True, [] is not [], a is [] or "new list")
print(True is (1 == 1), False is (not 1), (1 < 2) is True, bool(0) is False)
