# staticmethod/classmethod instances: their own __dict__ (filled as functools.wraps does),
# a subclass with __slots__ beside it, and the attributes CPython defines on them.
def func(a: int) -> str:
    "func doc"
class S(staticmethod):
    __slots__ = ('a', 'b')
s = S(len)
s.a = 1
s.b = [2]
s.c = 3
print(s.a, s.b, sorted(s.__dict__), s.__dict__['c'], s(['x']))
class K(classmethod):
    __slots__ = ('tag',)
k = K(func)
k.tag = 'T'
print(k.tag, k.__dict__['__name__'], k.__dict__['__annotations__'])
for w in (staticmethod(func), classmethod(func)):
    print(type(w).__name__, w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__wrapped__ is func)
    print(w.__isabstractmethod__, w.__annotations__)
    try:
        w.__defaults__
    except AttributeError as e:
        print(type(e).__name__, e)
    w.__dict__ = {'x': 1}
    print(w.__dict__, w.x)
    for bad in (None, 5):
        try:
            w.__dict__ = bad
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        del w.__dict__
    except TypeError as e:
        print(type(e).__name__, e)
class Abs:
    def __init__(self, f):
        self.f = f
        self.__isabstractmethod__ = f is not None
print(staticmethod(Abs(1)).__isabstractmethod__, classmethod(Abs(None)).__isabstractmethod__)
p = staticmethod(5)
print(sorted(p.__dict__), p.__doc__ == int.__doc__)
try:
    p.__name__
except AttributeError as e:
    print(type(e).__name__, e)
class Named(staticmethod):
    @property
    def __name__(self):
        return 'fixed'
try:
    Named(func)
except AttributeError as e:
    print(type(e).__name__, e)
class Logged(classmethod):
    def __setattr__(self, name, value):
        print('set', name)
        super().__setattr__(name, value)
print(Logged(func).__dict__.keys())
for o in (func, ValueError('v')):
    o.__dict__ = {'y': 2}
    print(o.y)
    try:
        del o.__dict__
    except TypeError as e:
        print(type(e).__name__, e)
class Plain:
    pass
q = Plain()
q.z = 1
del q.__dict__
print(q.__dict__)
