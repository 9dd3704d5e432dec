def show(e):
    print(type(e).__name__, e, "| name:", e.name, "| path:", e.path)
    print(isinstance(e, ImportError), e.msg)


try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    show(e)
try:
    import no_such_pkg.sub
except ModuleNotFoundError as e:
    show(e)
try:
    from no_such_mod import x
except ModuleNotFoundError as e:
    show(e)
try:
    import math, no_such_second
except ImportError as e:
    show(e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)
e = ImportError("m", name="n", path="p")
print(e, e.msg, e.name, e.path, e.args)
e = ModuleNotFoundError()
print(repr(e), e.msg, e.name)
e.msg = "changed msg"
print(str(e), repr(e))
print(ImportError("a", "b").msg, str(ImportError("a", "b")))
print(ImportError().__dict__, ModuleNotFoundError.__mro__[1].__name__)
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
import no_such_module_at_the_end
