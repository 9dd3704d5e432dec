def init(self, v):
    self.v = v
Point = type('Point', (), {'x': 0, '__init__': init, 'get': lambda self: self.v})
p = Point(5)
print(p.v, p.get(), Point.x, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(type(p).__name__, repr(Point), isinstance(p, Point))
Sub = type('Sub', (Point,), {'y': 1})
print(Sub.__mro__, Sub(3).get(), Sub.y, Sub.x)
Empty = type('Empty', (), {})
print(Empty, Empty.__doc__, Empty().__class__.__name__)
Doc = type('Doc', (), {'__doc__': 'the doc'})
print(Doc.__doc__)
print(type(1), type('a'), type(type), type(None), type(int))
for args in (('X',), ('X', ()), ('X', (), {}, 1), (1, (), {}), ('X', [], {}), ('X', (), []), ('X', (1,), {})):
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type('X', (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
Q = type('Q', (object,), {'__qualname__': 'Outer.Q', '__module__': 'mymod'})
print(Q.__qualname__, Q.__module__, repr(Q), Q.__name__)
try:
    type('Bad', (), {'__qualname__': 5})
except TypeError as e:
    print(type(e).__name__, e)
class M(type):
    pass
MM = M('MM', (), {'a': 1})
print(type(MM).__name__, MM.a)
MM2 = type('MM2', (MM,), {})
print(type(MM2).__name__)
def f(self):
    return __class__ if False else 'no class cell'
T = type('T', (), {'f': f})
print(T().f())
print(type.__call__(int, '5'), type.__name__, type.__qualname__)
Named = type('Named', (), {})
Named.__name__ = 'Renamed'
print(Named.__name__, Named.__qualname__, repr(Named))
Named.__qualname__ = 'Q.Renamed'
print(repr(Named))
try:
    Named.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    Named.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
WithSlots = type('WithSlots', (), {'__slots__': ('a',)})
w = WithSlots()
w.a = 1
try:
    w.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
type('Dup', (int, int), {})
