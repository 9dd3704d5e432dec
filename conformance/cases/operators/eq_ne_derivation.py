# == falls back to identity, != inverts __eq__ unless it returns NotImplemented, and a class
# that defines __eq__ alone becomes unhashable.
log = []


class E:
    def __init__(self, v, res=None):
        self.v, self.res = v, res

    def __eq__(self, o):
        log.append(f"E{self.v}.__eq__")
        return self.res if self.res is not None else (isinstance(o, E) and self.v == o.v)


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain(), p == 1, 1 != p)
for a, b in [(E(1), E(1)), (E(1), E(2)), (E(1, "truthy"), 0), (E(1, ""), 0), (E(1, NotImplemented), 0),
             (0, E(3, [1])), (E(1, 0.0), E(1, 0.0))]:
    log.clear()
    r1 = a == b
    r2 = a != b
    print(repr(r1), repr(r2), log)
n = E(7, NotImplemented)
print(n == n, n != n, n == E(7, NotImplemented))


class NeOnly:
    def __ne__(self, o):
        return "custom ne"


x = NeOnly()
print(x == x, x != x, x == 1, 1 != x, x != NeOnly())


class Sub(E):
    def __eq__(self, o):
        log.append("Sub.__eq__")
        return NotImplemented


log.clear()
print(E(1) == Sub(1), log)
log.clear()
print(Sub(1) != E(1), log)
for cls in [E, NeOnly, Sub]:
    try:
        print(cls.__name__, hash(cls(1) if cls is not NeOnly else cls()) is not None)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


class H(E):
    __hash__ = object.__hash__


print(H.__hash__ is object.__hash__, E.__hash__, NeOnly.__hash__ is object.__hash__)
try:
    {E(1)}
except TypeError as e:
    print("TypeError:", e)


class Ne2(E):
    def __ne__(self, o):
        return NotImplemented


log.clear()
print(Ne2(1) != Ne2(1), Ne2(1) != Ne2(2), log)
