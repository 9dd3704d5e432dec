class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return f"value-{self.name}"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


with Tracker("a") as v:
    print("body", v)

with Tracker("outer") as a, Tracker("inner") as b:
    print("both", a, b)

with Tracker("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Tracker("outer", suppress=False), Tracker("inner", suppress=True):
        raise KeyError("inner swallows")
    print("continues")
except KeyError:
    print("not reached")

try:
    with Tracker("outer", suppress=True), Tracker("inner", suppress=False):
        raise KeyError("outer swallows")
    print("outer swallowed")
except KeyError:
    print("not reached")

try:
    with Tracker("no"):
        raise IndexError("propagates")
except IndexError as e:
    print("caught", e)


def returns_inside():
    with Tracker("ret"):
        return "returned"


print(returns_inside())

for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"   # any true value suppresses


with Truthy():
    1 / 0
print("truthy suppressed")


class Falsy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 0


try:
    with Falsy():
        1 / 0
except ZeroDivisionError:
    print("falsy propagated")
with Tracker("t") as (x):
    print(x)
with Tracker("unpack") as (p, q, *r):
    print(p, q, r)
