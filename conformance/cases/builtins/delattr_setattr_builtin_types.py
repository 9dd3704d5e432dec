for obj, name in [(1, "x"), ("s", "y"), ([], "z"), ({}, "w"), ((), "v"), (1.5, "real"), (None, "a"), (len, "q")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
for obj, name in [(1, "real"), ([], "append"), ({}, "keys"), ("s", "upper")]:
    try:
        delattr(obj, name)
    except AttributeError as e:
        print("AttributeError", e)
for t, name in [(int, "x"), (list, "append"), (dict, "new"), (str, "upper")]:
    try:
        setattr(t, name, 1)
    except TypeError as e:
        print("TypeError", e)
class C:
    pass
c = C()
setattr(c, "a b", 1)
setattr(c, "123", 2)
print(getattr(c, "a b"), getattr(c, "123"), sorted(c.__dict__))
delattr(c, "a b")
print(sorted(c.__dict__))
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(C, "missing")
except AttributeError as e:
    print("AttributeError", e)
setattr(C, "cls_attr", 5)
print(c.cls_attr, C.cls_attr)
delattr(C, "cls_attr")
print(hasattr(c, "cls_attr"))
(1).real = 2
