def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **others}:
            return f"unknown {t} {sorted(others)}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "a", "mod": "ctrl"}, {"type": "key", "key": "b"},
          {"type": "key", "key": 5}, {"type": "scroll", "dy": 3, "dx": 1}, {"x": 1}, {},
          [("type", "click")], "type"]:
    print(handle(e))


class DefaultDict(dict):
    def __missing__(self, key):
        return "made up"


match DefaultDict(a=1):
    case {"b": value}:
        print("should not use __missing__", value)
    case {"a": 1}:
        print("matched existing key only")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
match {1: "int key", (1, 2): "tuple key", None: "none key"}:
    case {1: a, (1, 2): b, None: c}:
        print(a, b, c)
