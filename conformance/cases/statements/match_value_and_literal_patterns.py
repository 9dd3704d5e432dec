# Value patterns with dotted names, literal patterns and how they compare (== for values
# and numbers, `is` for None/True/False), and what str, bytes and bytearray match.
import math


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 0.25


class Ns:
    pass


ns = Ns()
ns.limit = 10
ns.inner = Ns()
ns.inner.deep = (1, 2)


def classify(v):
    match v:
        case Color.RED:
            return "Color.RED"
        case Color.Shade.DARK:
            return "Color.Shade.DARK"
        case ns.limit:
            return "ns.limit"
        case ns.inner.deep:
            return "ns.inner.deep"
        case math.inf:
            return "math.inf"
        case True:
            return "True literal"
        case 1:
            return "1 literal"
        case None:
            return "None literal"
        case -0.0:
            return "minus zero literal"
        case "abc" "def":
            return "concatenated string"
        case b"raw":
            return "bytes literal"
        case _:
            return "no match"


for v in ["red", 0.25, 10, 10.0, (1, 2), [1, 2], float("inf"), True, 1, 1.0, None, 0, 0.0,
          False, "abcdef", b"raw", bytearray(b"raw"), "RED"]:
    print(repr(v), "->", classify(v))


def seq_or_text(v):
    match v:
        case [x, y]:
            return f"sequence of two: {x!r}, {y!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case str() | bytes() | bytearray():
            return f"text-like {type(v).__name__}"
        case _:
            return "other"


for v in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a",), range(2), (), {"a": 1}, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, "->", seq_or_text(v))


class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called with", repr(other))
        return True


match Eq():
    case 5:
        print("5 matched an object whose __eq__ says yes")
match Eq():
    case None:
        print("never: None compares by identity")
    case _:
        print("None did not call __eq__")
Color.RED = "changed at run time"
print(classify("changed at run time"), classify("red"))
