x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
del d["b"], d["c"]
print(d)


class Obj:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2


o = Obj()
del o.x
print(o.__dict__)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
[p, q] = [1, 2]
del [p, q]
print("p" in dir())
(r, (s2, u)) = (1, (2, 3))
del (r, (s2, u))
print("u" in dir())


def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(local_del())


def del_global():
    global g
    g = 1
    del g
    try:
        del g
    except NameError as e:
        return str(e)


print(del_global())


class Deleter:
    def __delitem__(self, key):
        print("delitem", key)

    def __delattr__(self, name):
        print("delattr", name)


dd = Deleter()
del dd[1:2, 3]
del dd.anything
ba = bytearray(b"hello")
del ba[1:3]
print(ba)
del undefined_at_end
