def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(str(e)), e.args)


def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("inst")


def raise_int():
    raise 5


def raise_str():
    raise "text"


def raise_object():
    raise object


def raise_type_not_exc():
    raise int


def raise_none():
    raise None


class Weird(Exception):
    def __new__(cls):
        return 42


def raise_weird():
    raise Weird


def raise_from_expression():
    errors = [KeyError, IndexError]
    raise errors[1]("picked")


def raise_conditional():
    raise (TypeError if True else ValueError)("cond")


for fn in [raise_class, raise_instance, raise_int, raise_str, raise_object,
           raise_type_not_exc, raise_none, raise_weird, raise_from_expression,
           raise_conditional]:
    attempt(fn)
