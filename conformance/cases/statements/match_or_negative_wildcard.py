# Negative numbers as alternatives and keyword values, and the wildcard as an alternative:
# each must match exactly what CPython matches.
class P:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def kind(v):
    match v:
        case True | -1:
            return "true or minus one"
        case 0 | -2.5 | -3:
            return "zero, -2.5 or -3"
        case P(x=-1):
            return "P at -1"
        case P(x=-5 as n) | P(x=(-6 as n)):
            return f"P at {n}"
        case [-1 | 1, *_]:
            return "list starting with +-1"
        case "a" | _:
            return "anything else"


for v in [True, 1, -1, 0, -2.5, 2.5, -3, 3, P(-1), P(1), P(-5), P(-6), P(5), [-1, 0], [1], [2], "a", None]:
    print(repr(v) if not isinstance(v, P) else f"P({v.x})", "->", kind(v))
