# ImportError and ModuleNotFoundError as objects: constructor keywords, name/path/msg
# attributes, str and repr, and the errors Krait raises for made-up modules.
e = ImportError("message", name="mod", path="/p/mod.py")
print(repr(e), str(e), e.args, e.name, e.path, e.msg)
e = ImportError()
print(repr(e), repr(str(e)), e.args, e.name, e.path, e.msg)
e = ImportError("a", "b")
print(repr(e), str(e), e.msg)
e = ModuleNotFoundError("No module named 'x'", name="x")
print(repr(e), e.name, isinstance(e, ImportError), ModuleNotFoundError.__mro__[1].__name__)
for kw in ({"nme": 1}, {"name": "ok", "extra": 2}):
    try:
        ImportError("m", **kw)
    except TypeError as err:
        print("TypeError:", err)
e = ImportError("m", name=None, path=None)
print(e.name, e.path)
e.name = "set later"
print(e.name)
try:
    import no_such_module_xyz.sub.deeper
except ModuleNotFoundError as err:
    print(repr(err), "| name:", err.name, "| path:", err.path, "| msg:", err.msg)
try:
    import math.no_such_sub
except ModuleNotFoundError as err:
    print(err, "| name:", err.name, "| args:", err.args)
try:
    from no_such_pkg_abc import thing
except ImportError as err:
    print(type(err).__name__, err, err.name)


class CustomImportError(ImportError):
    pass


try:
    raise CustomImportError("custom", name="c")
except ImportError as err:
    print(type(err).__name__, err, err.name)
try:
    raise ModuleNotFoundError
except ImportError as err:
    print(repr(err), err.name)
