import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __str__(self):
        return f'{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}'
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in shapes:
    print(s)
print([s.name for s in sorted(shapes)], max(shapes).name, Shape.count)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], issubclass(Square, Shape), Square.__mro__[1].__name__)
print(sum(s.area() for s in shapes) > 10, round(sum(s.perimeter() for s in shapes), 3))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type)
class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__('triangle')
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
t = Triangle(3, 4, 5)
print(t.perimeter())
try:
    print(t)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(Square(3).area(), Rect.area(Square(2)), Shape.area.__qualname__, Square.area.__qualname__)
print(str(Triangle(1, 1, 1)))
