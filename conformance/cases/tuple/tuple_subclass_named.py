class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p.y, len(p), p + (5,), type(p + (5,)).__name__, p == (3, 4), hash(p) == hash((3, 4)), p[::-1], isinstance(p, tuple))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 5), Point(2, 0)), {p: "pt"}[(3, 4)])
class Pair(tuple):
    pass
q = Pair([1, 2])
q.label = "lbl"
print(q, q.label, type(q).__name__, q.count(1), q.index(2), repr(q), str(q))
try:
    p[0] = 1
except TypeError as e:
    print("TypeError", e)
print(tuple.__new__(Pair, "ab"), type(tuple.__new__(Pair, "ab")).__name__)
p.x = 5
