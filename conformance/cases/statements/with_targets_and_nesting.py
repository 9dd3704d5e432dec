# with targets of every shape (attribute, subscript, tuple, starred), a target that fails
# to bind, and return/break/continue leaving nested with blocks inside try/finally.
trail = []


class CM:
    def __init__(self, name, value=None):
        self.name, self.value = name, value

    def __enter__(self):
        trail.append(f"enter {self.name}")
        return self.value if self.value is not None else self.name

    def __exit__(self, typ, val, tb):
        trail.append(f"exit {self.name} {typ.__name__ if typ else '-'}")
        return False


class Box:
    pass


box, slots = Box(), [None, None]
with CM("a") as box.attr, CM("b") as slots[1], CM("c", (1, 2, 3)) as (x, *rest):
    pass
print(box.attr, slots, x, rest, trail)
trail.clear()


class NoSet:
    __slots__ = ()


try:
    with CM("d") as NoSet().field:
        trail.append("body")
except AttributeError as e:
    print("AttributeError:", e)
print(trail)
trail.clear()
try:
    with CM("e", (1, 2)) as (p, q, r):
        trail.append("body")
except ValueError as e:
    print("ValueError:", e)
print(trail)
trail.clear()


def search(rows):
    for i, row in enumerate(rows):
        with CM(f"row{i}"):
            try:
                for v in row:
                    with CM(f"v{v}"):
                        if v < 0:
                            continue
                        if v == 0:
                            break
                        if v > 100:
                            return f"big {v}"
            finally:
                trail.append(f"finally row{i}")
    return "none big"


print(search([[1, -1, 0, 500], [200]]), trail)
trail.clear()
print(search([[-5], [0, 300]]), trail)
trail.clear()


def returns_from_with():
    with CM("r") as name:
        return name + " returned"


print(returns_from_with(), trail)
trail.clear()


def while_with():
    n = 0
    while True:
        with CM(f"w{n}"):
            n += 1
            if n < 3:
                continue
            break
    return n


print(while_with(), trail)
trail.clear()
with CM("same") as a, CM(a + "!") as b:
    print(a, b)
print(trail)
