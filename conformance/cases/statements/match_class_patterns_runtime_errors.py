# Runtime errors of class patterns, raised only when the case is reached: positional
# sub-patterns beyond __match_args__, bad __match_args__, non-class callees, repeated
# attributes; and keyword patterns that read attributes through properties.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


class One:
    __match_args__ = ("a",)

    def __init__(self):
        self.a, self.b = 1, 2


class NoArgs:
    pass


class TupleSub(tuple):
    pass


class Weird:
    __match_args__ = TupleSub(("a",))
    a = "class attribute"


class Prop:
    __match_args__ = ("p",)
    count = 0

    @property
    def p(self):
        Prop.count += 1
        return Prop.count


def two_positional():
    match One():
        case One(x, y):
            return "never"


def none_allowed():
    match NoArgs():
        case NoArgs(x):
            return "never"


def zero_ok():
    match NoArgs():
        case NoArgs():
            return "no sub-patterns is fine"


def bool_two():
    match True:
        case bool(x, y):
            return "never"


def str_one():
    match "text":
        case str(s):
            return f"str self-match {s!r}"


def list_bad_match_args():
    class L:
        __match_args__ = ["a"]
    match L():
        case L(_):
            return "never"


def subclass_tuple_match_args():
    match Weird():
        case Weird(v):
            return v


def positional_then_keyword_same():
    match One():
        case One(x, a=y):
            return "never"


def not_a_type():
    import math
    match 1:
        case math.floor():
            return "never"


def instance_not_type():
    obj = One()
    match obj:
        case obj.__class__():
            return "a type reached through an attribute is fine"


def unreached_error():
    match 5:
        case int():
            return "the bad case below is never checked"
        case One(a, b, c):
            return "never"


def property_lookup():
    match Prop():
        case Prop(1, p=2):
            return "never"
        case Prop(p=v):
            return f"property read again: {v}"


def missing_attribute_no_error():
    match One():
        case One(c=_):
            return "never"
        case _:
            return "a missing attribute just fails the match"


for fn in (two_positional, none_allowed, zero_ok, bool_two, str_one, list_bad_match_args,
           subclass_tuple_match_args, positional_then_keyword_same, not_a_type,
           instance_not_type, unreached_error, property_lookup, missing_attribute_no_error):
    attempt(fn.__name__, fn)
