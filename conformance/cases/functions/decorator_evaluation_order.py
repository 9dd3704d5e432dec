# When decorator expressions, default values, annotations and class bases are evaluated,
# and the order in which decorators are applied.
log = []


def note(tag, value=None):
    log.append(tag)
    return value


def deco(name):
    log.append(f"make {name}")

    def apply(f):
        log.append(f"apply {name} to {getattr(f, '__name__', type(f).__name__)}")
        return f
    return apply


@deco("outer")
@deco("inner")
def f(a=note("default a", 1), *, b=note("kwdefault b", 2)) -> note("return annotation"):
    return a + b


print(log, f())
log.clear()


class Base:
    pass


@deco("class")
class C(note("base expr", Base)):
    note("class body")

    @deco("method")
    def m(self, x=note("method default")):
        pass


print(log)
log.clear()


def counted(times):
    def wrap(f):
        def run(*a):
            return [f(*a) for _ in range(times)]
        run.__name__ = f.__name__ + f"_x{times}"
        return run
    return wrap


@counted(2)
@counted(3)
def hello(n):
    return n


print(hello(7), hello.__name__)


def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return None
    return deco


names = []


@register(names)
def gone():
    pass


print(gone, names)


@lambda f: f()
def value():
    return "decorated by a lambda"


print(value)
handlers = {"up": str.upper, "title": str.title}


@handlers["up"]
@(lambda f: f.__name__ + "_name")
def shout():
    pass


print(shout)
try:
    @note("not callable", 42)
    def oops():
        pass
except TypeError as e:
    print("TypeError:", e, log)
