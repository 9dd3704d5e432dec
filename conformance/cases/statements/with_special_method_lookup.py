# with looks __enter__ and __exit__ up on the type, not the instance, and reports in CPython
# 3.11's words what is missing; the lookup happens before __enter__ is called.
def attempt(label, make):
    try:
        with make() as v:
            print(label, "body with", v)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


class Full:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return False


class InstanceOnly:
    def __init__(self):
        self.__enter__ = lambda: "instance enter"
        self.__exit__ = lambda *a: False


class ExitOnly:
    def __exit__(self, *a):
        print("  never called")


class EnterOnly:
    def __enter__(self):
        print("  never called")


class EnterNone:
    __enter__ = None

    def __exit__(self, *a):
        return False


class ExitNotCallable:
    def __enter__(self):
        print("  enter runs")
        return 1

    __exit__ = 5


class ViaGetattr:
    def __getattr__(self, name):
        return lambda *a: name


attempt("full", Full)
attempt("instance only", InstanceOnly)
attempt("exit only", ExitOnly)
attempt("enter only", EnterOnly)
attempt("enter None", EnterNone)
attempt("exit not callable", ExitNotCallable)
attempt("getattr", ViaGetattr)
attempt("int", lambda: 3)
attempt("list", list)
attempt("class itself", lambda: Full)


class Inherited(Full):
    pass


attempt("inherited", Inherited)
Later = type("Later", (), {})
Later.__enter__ = lambda self: "patched on the class"
Later.__exit__ = lambda self, *a: None
attempt("patched", Later)


class Static:
    @staticmethod
    def __enter__():
        return "static enter"

    @classmethod
    def __exit__(cls, *a):
        print("  classmethod exit of", cls.__name__)


attempt("static", Static)
