# del goes target by target, left to right, through __delitem__ and __delattr__; each kind
# of target has its own error.
log = []


class Rec:
    def __delitem__(self, k):
        log.append(("delitem", k))

    def __delattr__(self, n):
        log.append(("delattr", n))


r = Rec()
del r[1], r[1:2], r[::-1], r[1, 2:3], r.attr, r[...]
print(log)
lst = [0, 1, 2]
try:
    del lst[0], lst[5], lst[0]
except IndexError as e:
    print("IndexError:", e, lst)
for target in [lambda: lst.__delitem__("a"), lambda: (1, 2).__delitem__(0), lambda: range(3).__delitem__(0),
               lambda: "abc".__delitem__(slice(0, 1)), lambda: {}.__delitem__([1]), lambda: {1: 2}.__delitem__(2),
               lambda: frozenset().__delitem__(1)]:
    try:
        target()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def t1():
    t = (1, 2)
    del t[0]


def t2():
    n = 5
    del n[0]


def t3():
    del undefined_local
    undefined_local = 1


def t4():
    x = 1

    def inner():
        return x

    del x
    return inner()


def t5():
    glob = 1
    del glob
    del glob


for f in [t1, t2, t3, t4, t5]:
    try:
        f()
    except (TypeError, NameError) as e:
        print(f.__name__, type(e).__name__ + ":", e)


class P:
    __slots__ = ("a",)

    @property
    def prop(self):
        return 1


p = P()
for name in ["a", "prop", "missing"]:
    try:
        delattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del p.prop
except AttributeError as e:
    print("AttributeError:", e)
try:
    del P.nothing
except AttributeError as e:
    print("AttributeError:", e)
g1 = g2 = 1
del (g1), [g2]
try:
    del g1
except NameError as e:
    print("NameError:", e)
