# del: several targets at once and in order, nested target lists, slices, attributes and
# items with their error messages, and names deleted in functions and classes.
data = list(range(10))
del data[0], data[0]
print(data)
del data[::3]
print(data)
del data[1:3], data[-1]
print(data)
del data[100:200]
print(data)
a, b, c = 1, 2, 3
del (a, [b]), c
for read in (lambda: a, lambda: b, lambda: c):
    try:
        read()
    except NameError as e:
        print("NameError", e)
d = {"x": 1, "y": 2, (1, 2): 3}
del d["x"], d[1, 2]
print(d)
for target in (lambda: d.__delitem__("missing"), lambda: data.__delitem__(50)):
    try:
        target()
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del data[50]
except IndexError as e:
    print("IndexError", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError", e)


class Obj:
    cls_attr = "on the class"

    def __init__(self):
        self.inst = 1


o = Obj()
del o.inst
try:
    del o.inst
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))


class Logged:
    def __delitem__(self, key):
        print("delitem", key)

    def __delattr__(self, name):
        print("delattr", name)


lg = Logged()
del lg[1:2, ...], lg.anything, lg[::]
try:
    del zz_not_defined
except NameError as e:
    print("NameError", e)


def local_del():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    v = 2
    return v


print(local_del())
g_name = "global"


def del_global():
    global g_name
    del g_name


del_global()
try:
    g_name
except NameError as e:
    print("NameError", e)


class Body:
    temp = 1
    del temp
    try:
        del temp
    except NameError as e:
        print("NameError in class body:", e)


print(hasattr(Body, "temp"))
for i in range(2):
    pass
del i
lst = [1, 2, 3]
for lst[0] in "ab":
    pass
print(lst)
try:
    del lst[0:1], lst[5]
except IndexError as e:
    print("IndexError", e, lst)
