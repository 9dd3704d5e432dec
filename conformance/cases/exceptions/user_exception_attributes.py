class ValidationError(Exception):
    def __init__(self, field, message, code=400):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.code = code


try:
    raise ValidationError("email", "missing @")
except ValidationError as e:
    print(e.field, e.message, e.code)
    print(str(e), repr(e), e.args)
    print(isinstance(e, Exception), type(e).__name__, type(e).__qualname__)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a, e.b)


class WithStr(LookupError):
    def __str__(self):
        return "custom str"

    def __repr__(self):
        return "WithStr<>"


e = WithStr("ignored")
print(str(e), repr(e), e.args, f"{e}", "%s" % e)


class Outer:
    class Inner(Exception):
        pass


try:
    raise Outer.Inner("nested")
except Exception as e:
    print(type(e).__name__, type(e).__qualname__, e)


class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid, KeyError):
    pass


print([c.__name__ for c in Leaf.__mro__])
try:
    raise Leaf("k")
except KeyError as e:
    print("caught as KeyError:", repr(e), str(e))
raise ValidationError("age", "negative")
