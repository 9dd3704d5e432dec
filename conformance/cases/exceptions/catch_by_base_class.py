def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 // 0
    if kind == "attr":
        return (1).nope
    if kind == "type":
        return len(5)
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_variable
    if kind == "import":
        import no_such_module_here
    if kind == "recursion":
        return trigger(kind)
    if kind == "stop":
        return next(iter([]))
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "unicode":
        return b"\xff".decode("utf-8")
    if kind == "assert":
        assert False, "nope"
    if kind == "notimpl":
        raise NotImplementedError("later")


for kind in ["key", "index", "zero", "attr", "type", "value", "name", "import",
             "recursion", "stop", "overflow", "unicode", "assert", "notimpl"]:
    for base in (LookupError, ArithmeticError, ImportError, RuntimeError, ValueError,
                 NameError, Exception):
        try:
            trigger(kind)
        except base as e:
            print(kind, "->", base.__name__, type(e).__name__, str(e)[:60])
            break
