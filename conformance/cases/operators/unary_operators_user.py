# Unary -, + and ~ on bool, int and float, user __neg__/__pos__/__invert__, and their errors.
for v in [True, False, 0, 7, -7, 2**70, 0.0, -0.0, 2.5, float("inf")]:
    row = [-v, +v]
    if not isinstance(v, float):
        row.append(~v)
    print(repr(v), [repr(x) for x in row], [type(x).__name__ for x in row])
print(--5, -+-5, ~~5, ~-5, -~5, +-0.0, -(-0.0), not -1, - - -True, ~~True, type(~~True).__name__)


class U:
    def __init__(self, n):
        self.n = n

    def __neg__(self):
        return U(-self.n)

    def __pos__(self):
        return "pos:" + str(self.n)

    def __invert__(self):
        return [self.n]

    def __repr__(self):
        return f"U({self.n})"


u = U(3)
print(-u, +u, ~u, --u, -(-u).n, ~-u)


class MyInt(int):
    def __neg__(self):
        return "custom neg"


print(-MyInt(4), +MyInt(4), ~MyInt(4), type(+MyInt(4)).__name__, type(abs(MyInt(-4))).__name__)


class OnlyNeg:
    def __neg__(self):
        return NotImplemented


inst = U(1)
inst.__neg__ = lambda: "instance attribute ignored"
print(-inst, -OnlyNeg())
for val in ["s", [1], None, 1.5, OnlyNeg(), {1: 2}, (1,)]:
    for name, op in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x)]:
        try:
            r = op(val)
            print(name, type(val).__name__, "->", r)
        except TypeError as e:
            print(name, type(val).__name__, "TypeError:", e)
x = 5
x = -x
print(x, -x ** 2, (-x) ** 2, -2 ** -1, ~0 ** 2, -abs(-3))
