# Binding errors when the arguments arrive through * and ** unpacking, through mapping-like
# objects, and when a function's own **kwargs takes names its positional-only parameters use.
def check(thunk):
    try:
        print(repr(thunk()))
    except TypeError as e:
        print("TypeError:", e)


def f(a, b, /, c=3, *, d=4):
    return a, b, c, d


def g(a, /, **kw):
    return a, kw


class Keys:
    """A mapping-like object: keys() and __getitem__ are all ** needs."""

    def __init__(self, *names):
        self.names = names

    def keys(self):
        return list(self.names)

    def __getitem__(self, k):
        return k.upper() if isinstance(k, str) else k


check(lambda: g(1, a=2))
check(lambda: g(1, **{"a": 2, "b": 3}))
check(lambda: f(1, 2, **Keys("c", "d")))
check(lambda: f(1, 2, **Keys("a")))
check(lambda: f(1, 2, **Keys("a", "b")))
check(lambda: f(1, 2, **Keys("c"), c=5))
check(lambda: f(1, 2, **Keys("e")))
check(lambda: f(1, 2, **Keys(7)))
check(lambda: g(1, **Keys(7)))
check(lambda: f(*(1, 2), *(3,), **{"d": 9}))
check(lambda: f(*(1, 2, 3, 4)))
check(lambda: f(*"ab", c=1, **{"c": 2}))
check(lambda: f(1, 2, d=0, **{"d": 1}))
check(lambda: g(**{"a": 1}))
check(lambda: (lambda **k: sorted(k))(**{"x": 1}, **{"y": 2}, z=3))
check(lambda: (lambda **k: k)(**{"x": 1}, x=2))
check(lambda: (lambda *a: a)(*range(3), *iter([7]), *{"k": 1}))


class Obj:
    def method(self, a, /, b):
        return a, b


check(lambda: Obj().method(1, a=2))
check(lambda: Obj().method(*[1, 2, 3]))
check(lambda: Obj().method(**{"b": 1}))
check(lambda: Obj.method(Obj(), 1, b=2, **{"self": 0}))
