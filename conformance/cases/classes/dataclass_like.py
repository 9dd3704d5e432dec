class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, '_fields', ()) + (name,)
class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        cls._order = tuple(getattr(cls, '_order', ())) + tuple(fields)
        return cls
class Record(metaclass=RecordMeta):
    def __init__(self, *args, **kwargs):
        names = type(self)._order
        if len(args) > len(names):
            raise TypeError(f'{type(self).__name__}() takes {len(names)} positional arguments but {len(args)} were given')
        for n, v in zip(names, args):
            setattr(self, n, v)
        for n in names[len(args):]:
            if n in kwargs:
                setattr(self, n, kwargs.pop(n))
            else:
                setattr(self, n, type(self).__dict__[n].default if n in type(self).__dict__ else None)
        if kwargs:
            raise TypeError(f'unexpected {sorted(kwargs)}')
    def __repr__(self):
        inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in type(self)._order)
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._order)
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in self._order))
    def replace(self, **changes):
        vals = {n: getattr(self, n) for n in self._order}
        vals.update(changes)
        return type(self)(**vals)
class Point(Record):
    x = Field(0)
    y = Field(0)
class Point3(Point):
    z = Field(0)
p = Point(1, 2)
print(p, Point(), Point(y=5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point3(1, 2, 3), Point3._order, Point._order, Point._fields, Point3._fields)
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), Point(0, 0)}))
print(p.replace(y=9), p)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, q=2)
except TypeError as e:
    print(type(e).__name__, e)
class Frozen:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'b', b)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot assign to field '{n}'")
    def __delattr__(self, n):
        raise AttributeError(f"cannot delete field '{n}'")
    def __repr__(self):
        return f'Frozen(a={self.a!r}, b={self.b!r})'
    def __eq__(self, o):
        return isinstance(o, Frozen) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __lt__(self, o):
        return (self.a, self.b) < (o.a, o.b)
f = Frozen(1, 'x')
print(f, f == Frozen(1, 'x'), {f: 1}[Frozen(1, 'x')], sorted([Frozen(2, 'a'), f]))
for act in (lambda: setattr(f, 'a', 2), lambda: delattr(f, 'b')):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
class Ordered:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __lt__(self, o): return self.k < o.k
    def __le__(self, o): return self.k <= o.k
    def __gt__(self, o): return self.k > o.k
    def __ge__(self, o): return self.k >= o.k
    __hash__ = None
    def __repr__(self): return f'O{self.k}'
os_ = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(os_), max(os_), min(os_), Ordered(1) <= Ordered(1), Ordered(2) > Ordered(1))
print(sorted(os_, reverse=True), sorted(os_, key=lambda o: -o.k))
Point(1, 2, 3, 4)
