class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    def __init__(self):
        self.v = 1


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case NoArgs(v=1):
            return "noargs with v=1"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2),
          Point(1, 3), NoArgs(), "str"]:
    print(where(p))


def builtins_match(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set() | frozenset():
            return f"some set of {len(v)}"
        case bytes(b):
            return f"bytes {b}"
        case _:
            return "other"


for v in [True, -3, 7, 2.5, "", "hi", [9, 8], (1, 2), {"k": 0}, {1}, frozenset(), b"z", None]:
    print(repr(v), "->", builtins_match(v))


class Dynamic:
    pass


d = Dynamic()
d.name = "dyn"
match d:
    case Dynamic(name=n):
        print("keyword pattern on instance attribute:", n)
match d:
    case Dynamic(missing=m):
        print("never")
    case Dynamic():
        print("missing attribute means no match")
