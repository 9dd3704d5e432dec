# __qualname__ and __name__ for functions and classes nested in functions, methods, lambdas
# and comprehensions, and for names declared global inside a function.
def outer():
    def inner():
        def innermost():
            pass
        return innermost

    class Local:
        def method(self):
            return lambda: None

        class Deep:
            def m(self):
                pass

    squares = [lambda: n for n in range(1)]
    gen = (lambda: 0 for _ in range(1))
    return inner, inner(), Local, Local().method(), Local.Deep.m, squares[0], next(gen)


for obj in outer():
    print(obj.__name__, "|", obj.__qualname__)


class Top:
    def method(self):
        def helper():
            pass
        return helper

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        return 1

    lam = lambda self: 0


print(Top().method().__qualname__, Top.st.__qualname__, Top.cm.__qualname__)
print(Top.prop.fget.__qualname__, Top.lam.__qualname__, Top.lam.__name__)
print(Top.method.__qualname__, Top().method.__qualname__, Top().method.__name__)


def declares_global():
    global Made, made

    class Made:
        def m(self):
            pass

    def made():
        pass


declares_global()
print(Made.__qualname__, Made.m.__qualname__, made.__qualname__)


def gen_fn():
    yield 1


g = gen_fn()
print(g.__name__, g.__qualname__, Top.method.__get__(Top()).__func__ is Top.method)


def renamed():
    pass


renamed.__qualname__ = "Other.name"
renamed.__name__ = "name"
print(renamed.__qualname__, renamed.__name__)
for bad in (5, None):
    try:
        renamed.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        renamed.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
print((lambda: 0).__qualname__, [(lambda: 0).__qualname__ for _ in "x"][0])
