# from-imports bind their names one at a time: the names before a missing one are bound
# when the ImportError is raised.  ImportError from a built-in module names no file.
try:
    from math import pi, nothing_here, tau
except ImportError as e:
    print(type(e).__name__, e.name, "pi bound:", round(pi, 3))
try:
    tau
except NameError as err:
    print("NameError:", err)
try:
    from sys import maxsize as big, not_in_sys
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, "| big bound:", big == 2 ** 63 - 1)
try:
    from sys import (version_info,
                     nope as alias)
except ImportError as e:
    print(e, version_info[0])
try:
    alias
except NameError as err:
    print("NameError:", err)


def in_function():
    try:
        from math import floor, missing
    except ImportError as e:
        return f"{type(e).__name__} {e.name}, floor bound locally: {floor(2.5)}"


print(in_function())
try:
    from math import Sqrt
except ImportError as e:
    print(type(e).__name__, e.name, isinstance(e, ModuleNotFoundError))
from sys import nothing_at_all
