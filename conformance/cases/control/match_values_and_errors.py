import math


class Color:
    RED = 1
    GREEN = 2


class Consts:
    pi = math.pi


def which(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case math.pi:
            return "pi"
        case _:
            return "other"


print(which(1), which(2), which(math.pi), which(3), which(1.0), which(True))


def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


class Pt:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1


def too_many_positional():
    match Pt():
        case Pt(a, b):
            pass


def not_a_class():
    not_cls = 5
    match 1:
        case not_cls():
            pass


def bad_match_args():
    class B:
        __match_args__ = ["x"]

    match B():
        case B(y):
            pass


def non_str_match_args():
    class B:
        __match_args__ = (1,)

    match B():
        case B(y):
            pass


def builtin_too_many():
    match 5:
        case int(a, b):
            pass


def duplicate_keyword():
    match Pt():
        case Pt(x, x=1):
            pass


def guard_raises():
    match 1:
        case n if n / 0:
            pass


def value_eq_raises():
    class Bad:
        def __eq__(self, other):
            raise RuntimeError("eq exploded")

    class Holder:
        b = Bad()

    match 1:
        case Holder.b:
            pass


for fn in [too_many_positional, not_a_class, bad_match_args, non_str_match_args,
           builtin_too_many, duplicate_keyword, guard_raises, value_eq_raises]:
    attempt(fn)
match 1:
    case str(x):
        pass
    case int(x, y):
        pass
