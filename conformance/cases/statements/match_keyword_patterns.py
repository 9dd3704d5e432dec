# Keyword sub-patterns of class patterns: the wildcard, capture with `as`, nesting.
class Box:
    __match_args__ = ("content",)

    def __init__(self, content, label=None):
        self.content, self.label = content, label


def describe(b):
    match b:
        case Box(content=_, label=None):
            return "unlabelled box"
        case Box(content=Box() as inner, label=_ as lab):
            return f"box {lab!r} holding a box labelled {inner.label!r}"
        case Box(content=[_, *rest] as items, label=str() as lab) if rest:
            return f"{lab}: {len(items)} items"
        case Box(content=(1 | 2) as n, label=_):
            return f"small number {n}"
        case Box(label=lab, content=_ as c):
            return f"{lab} with {c!r}"


for b in [Box(1), Box(Box(0, "in"), "out"), Box([1, 2, 3], "list"), Box(2, "two"),
          Box("x", "other"), Box([1], "one")]:
    print(describe(b))
match Box(5, "L"):
    case Box(label=_):
        print("any label")
