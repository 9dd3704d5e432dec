class A:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self):
        return "m"
class B(A):
    pass
a = A()
print(getattr(a, "x"), getattr(a, "cls_attr"), getattr(a, "nope", "dflt"), getattr(A, "method")(a), getattr(a, "method")())
for args in [(a, "nope"), (a, 5), (a, 5, None), (1, "real"), ("s", "upper")]:
    try:
        r = getattr(*args)
        print("getattr ->", r if not callable(r) else type(r).__name__)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(hasattr(a, "x"), hasattr(a, "nope"), hasattr(A, "method"), hasattr(1, "real"), hasattr([], "append"))
try:
    hasattr(a, None)
except TypeError as e:
    print("TypeError", e)
setattr(a, "y", 5); print(a.y, vars(a) if False else a.__dict__)
setattr(A, "new_cls", 7); print(a.new_cls, B.new_cls)
delattr(a, "y"); print(hasattr(a, "y"))
for args in [(a, "y"), (1, "real"), (a, 3)]:
    try:
        delattr(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(1, "real", 5), (1, "newattr", 5), ("s", "x", 1), ([], "x", 1), (a, 1, 1)]:
    try:
        setattr(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(b := B(), A))
print(isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(a, object))
print(issubclass(bool, int), issubclass(B, A), issubclass(A, B), issubclass(A, (int, A)), issubclass(int, object), issubclass(type, object))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
for args in [(1, 1), (1, "int"), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (A(), A)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
print(callable(len), callable(A), callable(a), callable(a.method), callable(1), callable(lambda: 0), callable(None))
class CallMe:
    def __call__(self):
        return 1
print(callable(CallMe()), callable(CallMe))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(True), hash(-1), hash(0.0))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 2**100
class HBad:
    def __hash__(self):
        return "x"
class HNone:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
print(hash(H()))
for obj in [HBad(), HNone(), EqOnly()]:
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
print(id(a) == id(a), id(a) != id(A()), type(id(a)).__name__, id(1) == id(1))
print(type(1), type("a"), type(a), type(A), type(type), type(None), type(len), type(a.method).__name__, type(print).__name__)
print(repr(None), repr(...), repr(NotImplemented), repr(type), repr(int), repr(len), repr(A)[:17])
print(ascii("é"), ascii("a\nb"), ascii(["ü", "🐍"]), ascii(b"\xff"), ascii(1), ascii("\u2603"), ascii("\x7f"))
print(format(12, "x"), format(3.14159, ".2f"), format("a", ">3"), format(a.__class__.__name__), format(None), format(True, "d"))
try:
    format(a, "x")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
print(len("abc"), len([1]), len({}), len(range(5)), len(b"ab"), len({1: 2}.keys()))
class L:
    def __len__(self):
        return 5
class LBad:
    def __len__(self):
        return -1
class LBig:
    def __len__(self):
        return 2**100
class LStr:
    def __len__(self):
        return "5"
print(len(L()))
for obj in [LBad(), LBig(), LStr(), 5, None, iter([])]:
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted(dir(a))[-4:], "x" in dir(a), "method" in dir(A), dir(5)[:3] if False else "skip")
print(sorted(dir([]))[-3:], "append" in dir(list), "__len__" in dir([]))
print(type(3)(4), type("")(), type([])("ab"))
print(object(), type(object()).__name__) if False else print("object ok", type(object()).__name__)
hash([])
