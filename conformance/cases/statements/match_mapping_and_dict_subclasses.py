# Mapping patterns: dict subclasses (their __getitem__ and __missing__ are not used, get()
# is), **rest as a fresh dict, key lookups with side effects, and what is not a mapping.
log = []


class LoudDict(dict):
    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return super().__getitem__(k)

    def get(self, k, default=None):
        log.append(f"get {k!r}")
        return super().get(k, default)

    def keys(self):
        log.append("keys")
        return super().keys()


class Defaulting(dict):
    def __missing__(self, k):
        return f"default for {k}"


def describe(m):
    match m:
        case {"kind": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} rest={rest} {type(rest).__name__}"
        case {"kind": "named", "name": str(name)}:
            return f"named {name}"
        case {"kind": kind}:
            return f"kind {kind}"
        case {}:
            return f"some mapping of {len(m)}"
        case _:
            return "not a mapping"


for m in [LoudDict(kind="point", x=1, y=2, z=3), LoudDict(kind="named", name="n"),
          Defaulting(kind="other"), Defaulting(), {"kind": "point", "x": 0, "y": 0},
          [("kind", "point")], "kind", {1: 2}]:
    log.clear()
    print(describe(m), log)

rest_source = {"a": 1, "b": 2, "c": 3}
match rest_source:
    case {"a": 1, **others}:
        others["new"] = True
        print(others, rest_source, others is rest_source)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


class K:
    A = Key("a")
    NUM = 2


match {Key("a"): "found by value pattern", 2: "two", 2.5: "float"}:
    case {K.A: v, K.NUM: w, 2.5: z}:
        print(v, w, z)
match {True: "bool key", 1.0: "dup"} if False else {1: "one"}:
    case {True: v}:
        print("True matched key 1:", v)
try:
    match {"x": 1}:
        case {"x": 1, **rest} if rest:
            print("never")
        case {"x": [1, *_]}:
            print("never")
        case {"x": 1, "y": _}:
            print("never")
        case {"x": int(v)}:
            print("int pattern inside a mapping:", v)
except Exception as e:
    print(type(e).__name__, e)
