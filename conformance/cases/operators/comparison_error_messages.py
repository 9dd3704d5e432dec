# Ordering comparisons that no side supports raise "'<' not supported between instances of";
# the reflected method is tried with the mirrored operator.
class A:
    pass


class B:
    def __gt__(self, o):
        return f"B.__gt__({type(o).__name__})"

    def __le__(self, o):
        return NotImplemented


class Outer:
    class Inner:
        pass


ops = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]
for a, b in [(A(), A()), (A(), B()), (B(), A()), (B(), B()), (1, "1"), (None, None), ([], ()), ({}, {}), (1.5, None),
             (Outer.Inner(), 1), (b"a", "a"), ({1}, [1]), (range(1), range(2)), (len, len), (type, int)]:
    for name, op in ops:
        try:
            print(repr(op(a, b)) if not isinstance(a, (A, B, Outer.Inner)) else op(a, b))
        except TypeError as e:
            print(name, "TypeError:", e)
for seqs in [([1, "a"], [1, 2]), ((1, None), (1, None)), ((1, None), (1, 2)), ([[1]], [["x"]]), ([A()], [A()])]:
    try:
        print(seqs[0] < seqs[1])
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: sorted([3, "a", 1]), lambda: max(1, "2"), lambda: min([None, 1]), lambda: [A(), A()].sort(),
             lambda: 1 < 2 < "3", lambda: 1 < 0 < "3"]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
