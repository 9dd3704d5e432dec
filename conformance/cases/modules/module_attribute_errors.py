# Missing module attributes: the AttributeError message, its name and obj, getattr with a
# default, hasattr and delattr; the last lookup is uncaught and shows CPython's suggestion.
import math
import sys


def show(thunk):
    try:
        print(repr(thunk()))
    except AttributeError as e:
        print("AttributeError:", e, "| name:", e.name, "| obj is module:", e.obj is math)


show(lambda: math.foo)
show(lambda: math.Pi)
show(lambda: getattr(math, "foo"))
show(lambda: getattr(math, "foo", "default"))
show(lambda: hasattr(math, "foo"))
show(lambda: math.sqrt.foo)
try:
    sys.no_such
except AttributeError as e:
    print("AttributeError:", e)


def delete():
    del math.foo


try:
    delete()
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    getattr(math, 5)
except TypeError as e:
    print("TypeError:", e)
print(math.sqr(4))
