o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), bool(o), str(o) == repr(o))
for call in [lambda: setattr(o, "x", 1), lambda: o.x, lambda: object(1), lambda: object(x=1), lambda: o < o, lambda: o + o, lambda: len(o), lambda: iter(o), lambda: o()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__ if False else "mro", issubclass(int, object), isinstance(int, object))
print(sorted(n for n in dir(object) if not n.startswith("__")), "__init__" in dir(object), "__eq__" in dir(o))
class C:
    pass
print(C.__bases__, C().__class__.__name__, object.__eq__(o, o), object.__ne__(o, object()), object.__eq__(o, 1))
print(object.__repr__(C())[:11], object.__str__(5), object.__format__(o, "") == str(o))
object().x = 1
