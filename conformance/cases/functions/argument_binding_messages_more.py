# Argument binding errors as CPython 3.11 words them, for functions, methods and lambdas.
def check(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


class K:
    def m(self, x, y=2):
        return x, y

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    @staticmethod
    def s(x, *, flag):
        return x, flag


check(lambda: f(1, 2, 3, d=4))
check(lambda: f(1, b=2, c=3, d=4))
check(lambda: f(1, 2, 3, 4))
check(lambda: f(1, 2, c=3))
check(lambda: f(1, 2, 3, d=4, z=0))
check(lambda: f(1, 2, 3, c=3, d=4))
check(lambda: f())
check(lambda: K().m())
check(lambda: K().m(1, 2, 3))
check(lambda: K().m(1, x=1))
check(lambda: K.m(1))
check(lambda: K.c())
check(lambda: K.s(1))
check(lambda: K().s(1, 2))
check(lambda: (lambda x, *a, **k: (x, a, k))(1, 2, y=3))
check(lambda: (lambda: 0)(1))
check(lambda: (lambda *, k: k)(1))
check(lambda: f(*[1, 2], **{"c": 3, "d": 4}))
check(lambda: f(1, 2, **{"c": 3}, **{"c": 4, "d": 5}))
check(lambda: f(1, 2, 3, **{1: 2}))
check(lambda: f(1, 2, 3, **[("d", 4)]))
check(lambda: f(1, 2, *5, d=1))
check(lambda: dict(a=1, **{"a": 2}))
check(lambda: print(1, sepp=""))
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: isinstance(1))
check(lambda: sorted([1], lambda x: x))
check(lambda: "a".split(",", 1, 2))
check(lambda: [].append())
check(lambda: {}.get())
check(lambda: int("1", base=2, x=1))


def g(*a, **k):
    return a, k


for build in [lambda: g(*5), lambda: g(1, *5), lambda: g(*5, 1), lambda: g(*[], *None),
              lambda: g(*5, k=1), lambda: g(x=1, *5), lambda: [*5], lambda: (1, *2.5),
              lambda: {*5}, lambda: {1, *None}, lambda: print(*5), lambda: g(*"ab", *b"c")]:
    check(build)
