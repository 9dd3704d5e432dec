# The optional-dependency idioms: try/except ImportError with else and finally, chains of
# candidates, stubs defined on failure, and imports that run only when reached.
try:
    import fast_json_missing_xyz as json_impl
except ImportError:
    json_impl = None
else:
    print("never: the module does not exist")
finally:
    print("finally after the failed import")
print("json_impl:", json_impl)

try:
    import math as num
except ImportError:
    num = None
else:
    print("else runs after a successful import:", num.__name__)

chosen = None
for candidate in ("no_such_a", "no_such_b", "math", "sys"):
    try:
        if candidate == "no_such_a":
            import no_such_a as mod
        elif candidate == "no_such_b":
            import no_such_b as mod
        elif candidate == "math":
            import math as mod
        else:
            import sys as mod
    except ModuleNotFoundError as e:
        print("skipping", e.name)
        continue
    chosen = mod
    break
print("chosen:", chosen.__name__)

try:
    from math import isqrt
except ImportError:
    def isqrt(n):
        return int(n ** 0.5)
print(isqrt(99))
try:
    from math import cbrt_missing_in_311 as cbrt
except ImportError:
    def cbrt(x):
        return round(x ** (1 / 3), 9)
print(cbrt(27.0))


def lazy(flag):
    if flag:
        import never_installed_pkg
        return never_installed_pkg
    return "no import attempted"


print(lazy(False))
try:
    lazy(True)
except ImportError as e:
    print(type(e).__name__, e)
caught = []
for name in ("alpha_missing", "beta_missing"):
    try:
        if name == "alpha_missing":
            import alpha_missing
        else:
            from beta_missing.sub import thing
    except ImportError as e:
        caught.append((type(e).__name__, e.name))
print(caught)
try:
    try:
        import inner_missing_mod
    except ImportError:
        raise RuntimeError("optional feature unavailable")
except RuntimeError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__.name)
try:
    try:
        import other_missing_mod
    except ImportError as exc:
        raise RuntimeError("explicit cause") from exc
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
