# Chained comparisons evaluate each operand once; is/in; int-float exactness; errors.
def v(x, log):
    log.append(x)
    return x


log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(10, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log) in v([2], log), log)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308)
print(1 == 1.0 == True, 0 == -0.0, float("nan") == float("nan"), float("inf") > 10**1000)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan))
print(1 in [1.0], True in [1], "a" in "abc", "" in "abc", "ab" in ["a", "b"], [] in [[]])
print((1, 2) < (1, 2, 0), [1, 2] < [1, 3], "Z" < "a", "abc" < "abd", (1, "a") < (1, "b"))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1})
for a, b in [(1, "1"), ([1], (1,)), ({}, {}), (None, None), (1, None)]:
    for name, op in [("<", lambda p, q: p < q), (">=", lambda p, q: p >= q)]:
        try:
            print(repr(a), name, repr(b), op(a, b))
        except TypeError as e:
            print("TypeError:", e)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z, None is None, not x is z)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Eq({self.v}).__eq__")
        return isinstance(other, Eq) and self.v == other.v


a, b = Eq(1), Eq(1)
print(a == b, a != b, a in [b], a is b, [a] == [a], Eq(2) in [Eq(1), Eq(2)])


class Contains:
    def __contains__(self, item):
        return item % 2 == 0


print(4 in Contains(), 3 in Contains(), 3 not in Contains())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
