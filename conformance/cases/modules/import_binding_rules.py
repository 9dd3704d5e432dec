# import binds a name like an assignment does: local inside functions (so a use before the
# import is an UnboundLocalError), only the alias under `as`, global under `global`.
import math


def uses_before_import():
    try:
        return math.floor(1.5)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    import math
    return math.floor(2.5)


print(uses_before_import())


def alias_only():
    import math as m
    try:
        return math_local_check()
    finally:
        print("alias bound:", m.__name__)


def math_local_check():
    return "module-level math still visible: " + math.__name__


print(alias_only())


def binds_global():
    global sys_alias
    import sys as sys_alias


try:
    sys_alias
except NameError as e:
    print("NameError:", e)
binds_global()
print(type(sys_alias).__name__, sys_alias.__name__)


def from_import_is_local():
    from math import floor, ceil as c
    return floor(-0.5), c(-0.5)


print(from_import_is_local())
try:
    c
except NameError as e:
    print("NameError:", e)
del math
try:
    math
except NameError as e:
    print("NameError:", e)
import math
import math as again
print(again is math)
modules = []
for _ in range(3):
    import math as each
    modules.append(each)
print(all(m is math for m in modules), len(modules))


class Holder:
    import math as tools
    from math import pi as PI
    doubled = PI * 2


print(Holder.tools is math, round(Holder.doubled, 4), hasattr(Holder(), "PI"))


def nested():
    import math as outer_math

    def inner():
        return outer_math.sqrt(81)
    return inner()


print(nested())


def shadowing_parameter(math=None):
    if math is None:
        import math
    return math.factorial(5)


print(shadowing_parameter(), shadowing_parameter(type("Fake", (), {"factorial": staticmethod(lambda n: "fake")})))
import math, math as m2, sys
print(m2 is math, sys.__name__)
