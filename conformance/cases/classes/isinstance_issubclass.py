class A: pass
class B(A): pass
class C: pass
a, b = A(), B()
print(isinstance(b, A), isinstance(a, B), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(1, int | str), isinstance('s', int | str), isinstance(None, int | None), isinstance(1.5, int | None))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(B, B))
print(issubclass(bool, int | str), issubclass(A, A | C), issubclass(int, object), issubclass(type, object))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance((), ()))
for args in ((1, 1), (1, 'int'), (1, [int]), (1, (int, 'x'))):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((1, int), (int, 1), (A, (B, 2)), (A, [A])):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
u = int | str
print(u, type(u).__name__, u.__args__, (int | str) == (str | int), int | str | int, hash(int | str) == hash(str | int))
print(int | None, None | int, type(None) | int, (int | str) | float)
try:
    int | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | int
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)), isinstance(Duck(), Duck))
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__, l.__class__)
print(isinstance(A | None, type(int | str)))
print(type(int | str) is type(str | None))
print(isinstance(1, ()), issubclass(int, ()))
class NT(tuple): pass
print(isinstance(NT(), tuple), issubclass(NT, tuple), NT.__mro__)
print(isinstance(b, object), isinstance(None, object), isinstance(print, object))
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
issubclass(1, int)
