# match over command tuples, dicts from JSON-like data and class patterns, as a text
# adventure or an agent's tool dispatcher would use it.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


def command(text):
    match text.split():
        case []:
            return "nothing"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"unknown direction {other!r}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["say", *words] if len(words) > 3:
            return "too long"
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return f"don't know how to {verb}"


def event(e):
    match e:
        case {"type": "click", "pos": [x, y], **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k!r}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"


def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=0):
            return f"degenerate circle at {x},{y}"
        case Circle(center=Point() as c, r=r) if r > 10:
            return f"big circle r={r} at {c.x}"
        case Circle(_, r):
            return f"circle r={r}"
        case int() | float() as n:
            return f"number {n}"
        case str() | bytes():
            return "text"
        case (1, 2) | [3, 4]:
            return "pair"
        case None | True:
            return "singleton"
        case _:
            return "unknown"


for t in ["", "go north", "go up", "take", "take lamp key", "say hi there", "say a b c d", "dance now"]:
    print(repr(t), "->", command(t))
for e in [{"type": "click", "pos": [1, 2], "button": 1}, {"type": "click", "pos": (3, 4)},
          {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "key", "key": 5},
          {"type": "scroll"}, ["type", "click"], {"pos": [1, 2]}]:
    print(e, "->", event(e))
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 0),
          Circle(Point(5, 5), 11), Circle(Point(5, 5), 3), 7, 2.5, "s", b"b", (1, 2), [3, 4],
          [1, 2, 3], None, True, False]:
    print(type(s).__name__, "->", shape(s))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case Circle(1):
            pass
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
