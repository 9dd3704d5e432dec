# Calls the interpreter makes with no arguments at all (iter(callable, sentinel), raise Class,
# dict.fromkeys on a subclass, generator close/throw), reaching callees of every kind.
it = iter([1, 2, 3, 4])
print(list(iter(it.__next__, 3)))


def star(*a, **k):
    return len(a) + len(k)


def defaults(x=5, *, y=6):
    return x + y


print(next(iter(star, 1)), next(iter(defaults, 0)), next(iter(lambda *a: a, 1)))


class Callable:
    def __call__(self, *a):
        return a


class Iterable:
    def __iter__(self, *a):
        return iter(a or (7, 8))


print(next(iter(Callable(), 1)), list(Iterable()))


class E(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.got = (a, k)


for cls in (E, ValueError, KeyError, StopIteration, SystemExit, UnicodeError):
    try:
        raise cls
    except BaseException as e:
        print(type(e).__name__, e.args, getattr(e, "got", None))
try:
    raise ValueError from E
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


print(D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)


def gen():
    try:
        yield 1
    finally:
        print("closed")


g = gen()
next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(KeyError)
except KeyError as e:
    print("KeyError", e.args)
print(sorted([3, 1, 2], key=int.__neg__), (5).__neg__(), int.__new__(int))
