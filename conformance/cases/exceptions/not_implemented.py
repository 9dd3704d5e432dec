class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

    def name(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


for shape in [Square(3), Shape()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))
try:
    Shape().name()
except NotImplementedError as e:
    print(repr(e), repr(str(e)))
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplementedError))
try:
    raise NotImplemented
except TypeError as e:
    print(type(e).__name__, e)


class Money:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.v + other.v)


print(Money(1) == Money(1), Money(1) == 1, (Money(1) + Money(2)).v)
try:
    Money(1) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + Money(1)
except TypeError as e:
    print(type(e).__name__, e)
Shape().area()
