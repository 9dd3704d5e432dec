a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = "interned"
print(id(x) == id(x), type(id(None)).__name__, id(None) == id(None), id(True) == id(True), id(len) == id(len))
t = (1, 2)
print(id(t) == id(t), id(()) == id(()), id(1) == id(1), id(2**80) == id(2**80) or True)
class C:
    pass
o1, o2 = C(), C()
print(id(o1) != id(o2), id(o1) == id(o1), isinstance(id(o1), int), id(o1) > 0)
ids = {id(o) for o in [o1, o2, o1]}
print(len(ids))
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None, bool() is False)
print([] is [], {} is {})
