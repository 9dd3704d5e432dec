# Importing Krait's built-in modules in every form, and the errors for what is not there.
import math
import math as m
from math import sqrt as root, pi
from math import (floor,
                  ceil)
import sys, traceback

print(m is math, root(16), round(pi, 5), floor(-1.5), ceil(-1.5), math.__name__, m.__name__)
print(type(math).__name__, sys.version_info[:2] >= (3, 11), hasattr(traceback, "format_exception"))


def local_import():
    import math as lm
    from math import tau
    return lm.gcd(12, 18), round(tau, 3)


print(local_import())
try:
    print(lm)
except NameError as e:
    print("NameError:", e)
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
for name in ["no_such_module_xyz", "a.b.c", "math.sqrt"]:
    try:
        __builtins__ if False else None
        exec_import = None
        if name == "no_such_module_xyz":
            import no_such_module_xyz
        elif name == "a.b.c":
            import a.b.c
        else:
            import math.sqrt
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import no_such_module_xyz as alias
except ImportError as e:
    print("caught as ImportError:", type(e).__name__, isinstance(e, ImportError))
try:
    from no_such_package.sub import thing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import json_fallback_missing as fast
except ImportError:
    fast = None
print("fallback used:", fast is None)
