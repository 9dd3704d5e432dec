log = []


class Tracked:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self._a = a
        self._b = b

    @property
    def a(self):
        log.append("get a")
        return self._a

    @property
    def b(self):
        log.append("get b")
        return self._b

    @property
    def c(self):
        log.append("get c")
        return "c"


def check(v, value):
    log.append(f"check {v!r}")
    return v == value


def describe(obj):
    match obj:
        case Tracked(1, b, c="zz"):
            return "first"
        case Tracked(2, b) if check(b, 3):
            return f"second {b}"
        case Tracked(a=x, b=y):
            return f"keywords {x} {y}"


print(describe(Tracked(1, 2)), log)
log.clear()
print(describe(Tracked(2, 3)), log)
log.clear()


class Dup:
    __match_args__ = ("a", "a")
    a = 1


class Partial:
    __match_args__ = ("present", "absent")
    present = 1


def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)


def dup_positional():
    match Dup():
        case Dup(x, y):
            return x, y


def pos_and_keyword():
    match Dup():
        case Dup(x, a=y):
            return x, y


def missing_attr():
    match Partial():
        case Partial(p, q):
            return "never"
        case Partial(p):
            return f"only the first positional: {p}"


class ListMatchArgs:
    __match_args__ = ["x"]


def list_match_args():
    match ListMatchArgs():
        case ListMatchArgs(x):
            return x


class Tuple2(tuple):
    pass


class MatchArgsTupleSubclass:
    __match_args__ = Tuple2(("x",))
    x = 1


def tuple_subclass_match_args():
    match MatchArgsTupleSubclass():
        case MatchArgsTupleSubclass(x):
            return x


class StrSub(str):
    pass


class NameSubclass:
    __match_args__ = (StrSub("x"),)
    x = 1


def str_subclass_name():
    match NameSubclass():
        case NameSubclass(x):
            return x


class MyInt(int):
    pass


class MyIntArgs(int):
    __match_args__ = ("real",)


def int_subclasses():
    out = []
    for v in (MyInt(5), MyIntArgs(6)):
        match v:
            case MyIntArgs(r):
                out.append(("args", r))
            case MyInt(n):
                out.append(("self", n, type(n).__name__))
    return out


for fn in [dup_positional, pos_and_keyword, missing_attr, list_match_args,
           tuple_subclass_match_args, str_subclass_name, int_subclasses]:
    attempt(fn)
