e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc


try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)


def g():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
        del exc
    return saved


print(type(g()).__name__)


def h():
    try:
        raise KeyError("k")
    except KeyError as exc:
        exc = "rebound"
        print(exc)
    return "exc" in locals()


print(h())


class Holder:
    pass


obj = Holder()
try:
    raise IndexError("stored")
except IndexError as obj.err:
    pass
print(repr(obj.err))
d = {}
try:
    raise TypeError("item")
except TypeError as d["k"]:
    pass
print(d)
print(e)
