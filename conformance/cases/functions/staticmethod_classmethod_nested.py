# staticmethod and classmethod objects made from nested functions, called directly and
# through classes that adopt them later, and their attributes.
def make():
    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def factory(cls, n):
        return cls.__name__, n

    return helper, factory


helper, factory = make()
print(type(helper).__name__, type(factory).__name__, helper(4))
print(helper.__func__.__qualname__, factory.__func__.__qualname__)
print(helper.__name__, factory.__name__, helper.__wrapped__ is helper.__func__)
try:
    factory(1)
except TypeError as e:
    print("TypeError:", e)


class Adopter:
    h = helper
    f = factory


class Child(Adopter):
    pass


print(Adopter.h(5), Adopter().h(6), Adopter.f(1), Child.f(2), Child().f(3))
bound = factory.__get__(None, Child)
print(bound(9), bound.__self__.__name__, bound.__func__ is factory.__func__)
print(helper.__get__(None, Adopter)(11))


def documented(x):
    "doc of the plain function"
    return x


sm = staticmethod(documented)
cm = classmethod(documented)
print(sm.__doc__, cm.__doc__, sm.__name__, cm.__qualname__)
print(sm.__isabstractmethod__, callable(sm), callable(cm))


class Stacked:
    @staticmethod
    @staticmethod
    def twice():
        return "staticmethod of staticmethod"

    @classmethod
    def from_cls(cls):
        return cls.__name__

    @staticmethod
    def nested_factory():
        @classmethod
        def inner(cls):
            return "inner on " + cls.__name__
        return inner


print(type(Stacked.__dict__["twice"].__func__).__name__)
try:
    print(Stacked.twice())
except TypeError as e:
    print("TypeError:", e)
Stacked.late = Stacked.nested_factory()
print(Stacked.late(), Stacked().from_cls())
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)
