def attempt(label, fn):
    try:
        fn()
    except AttributeError as e:
        print(f"{label:22} {e} | name={e.name!r} obj-type={type(e.obj).__name__}")


class Plain:
    cls_attr = 1

    @property
    def readonly(self):
        return 1

    no_getter = property(None, lambda self, v: None)


def local_class():
    class Local:
        @property
        def ro(self):
            return 1

    Local().ro = 2


import math

attempt("instance", lambda: Plain().missing)
attempt("class", lambda: Plain.missing)
attempt("builtin instance", lambda: (1).missing)
attempt("builtin type", lambda: int.missing)
attempt("module", lambda: math.missing)
attempt("none", lambda: None.missing)
attempt("setter", lambda: setattr(Plain(), "readonly", 2))
attempt("deleter", lambda: delattr(Plain(), "readonly"))
attempt("getter", lambda: Plain().no_getter)
attempt("local qualname", local_class)
attempt("del missing", lambda: delattr(Plain(), "nothing"))
attempt("builtin setattr", lambda: setattr(1, "x", 2))
attempt("str method", lambda: "abc".nosuch())
attempt("list attr", lambda: [].length)
attempt("dict attr", lambda: {}.iteritems())
e = AttributeError("custom")
print(repr(e.name), repr(e.obj))
e = AttributeError("custom", name="n", obj=[1])
print(e.name, e.obj, e.args)
Plain().cls_atr
