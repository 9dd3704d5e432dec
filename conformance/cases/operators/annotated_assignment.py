# Annotated assignment binds only when a value is given; names, attributes and subscripts.
x: int = 5
y: "str"
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)


class C:
    a: int = 1
    b: list
    c: "forward" = a + 1
    print("in body", a, c, sorted(__annotations__))


print(C.a, C.c, hasattr(C, "b"), C.__annotations__)


class Obj:
    pass


o = Obj()
o.attr: int = 3
d = {}
d["k"]: float = 1.5
d["j"]: int
print(o.attr, d, __annotations__)
log = []


def ann(t):
    log.append(t)
    return t


z: ann("module") = 1
o.other: ann("attr") = 2
d[ann("key")]: ann("sub") = 3


def func():
    local: ann("local") = 4
    unbound: int
    try:
        return local, unbound
    except UnboundLocalError as e:
        return local, str(e)


print(log, func(), log)


def func2():
    o.q: ann("fa")
    d[ann("fk")]: ann("fs")
    o.r: ann("fb") = ann("fv")
    return "done"


log.clear()
print(func2(), log)
log.clear()
o.s: ann("ma")
d[ann("mk")]: ann("ms")
print(log)
(paren): int = 9
print(paren, sorted(__annotations__))
lst = [0, 0]
lst[0]: int = 7 if False else 8
print(lst)
tot: int = 0
tot += 5
print(tot, __annotations__["tot"])
