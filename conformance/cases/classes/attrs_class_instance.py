class A:
    x = 1
    items = []
    def __init__(self, y):
        self.y = y

a = A(2)
b = A(3)
print(a.x, a.y, b.x, b.y)
a.x = 10
print(a.x, A.x, b.x)
del a.x
print(a.x)
A.x = 5
print(a.x, b.x)
a.items.append(1)
print(b.items, A.items)
print(sorted(a.__dict__.items()))
print('x' in A.__dict__, 'y' in A.__dict__)
print(hasattr(a, 'y'), hasattr(a, 'z'), getattr(a, 'z', 'dflt'))
setattr(a, 'z', 42)
print(a.z, a.__dict__ is a.__dict__)
delattr(a, 'z')
print(hasattr(a, 'z'))
try:
    del a.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A.nope
except AttributeError as e:
    print(type(e).__name__, e)
a.__dict__['w'] = 7
print(a.w)
A.newattr = 'n'
print(a.newattr, b.newattr)
del A.newattr
print(hasattr(b, 'newattr'))
try:
    getattr(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(e.__dict__, type(e).__name__)
e.__dict__ = {'q': 1}
print(e.q)
try:
    e.__dict__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
o = object()
try:
    o.x = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    object().__dict__
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    int.foo = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    (1).foo = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(a.missing_attr)
