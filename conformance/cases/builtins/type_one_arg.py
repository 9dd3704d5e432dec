vals = [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, type, object(), ..., NotImplemented,
        iter([]), (x for x in []), lambda: 0, 2**100, bytearray(), int, ValueError("x")]
for v in vals:
    t = type(v)
    print(t.__name__, t is v.__class__, isinstance(v, t))
print(type(type), type(object), type(int), type(type(None)), type(1) == int, type(True) == bool, type(True) is int)
class A:
    pass
class B(A):
    pass
print(type(B()), type(B()) is B, type(B()).__base__ is A, type(A) is type, B.__mro__ if False else B.__bases__)
T = type("T", (A,), {"x": 5, "f": lambda self: "f!"})
t = T()
print(T.__name__, t.x, t.f(), isinstance(t, A), type(t) is T, T.__bases__)
for args in [(), (1, 2), ("N", 1, {}), ("N", (1,), {}), ("N", (), 5)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
print(type(1)(2.7), type("")([1]), type([])("ab"), type({})(a=1), type(())([1]), type(1.0)("3"))
type()
