def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", bytearray(b"ab"), {1: 2},
          range(3), 42, {1, 2}]:
    print(repr(v), "->", shape(v))


def nested(v):
    match v:
        case [("move", x, y), *_]:
            return f"move to {x},{y}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case [*_, ("quit",)]:
            return "ends with quit"
        case [int() as n, str() as s]:
            return f"int {n} and str {s}"
        case _:
            return "?"


for v in [[("move", 1, 2)], [[1, 2], [3, 4]], [1, ("quit",)], [3, "x"], [3, 4]]:
    print(nested(v))
triple = (1, 2, 3)
match triple:
    case (1, *rest):
        print("rest is a list:", rest, type(rest).__name__)
nested_list = [1, [2, 3]]
match nested_list:
    case [a, [b, c]] | [a, b, c]:
        print(a, b, c)
