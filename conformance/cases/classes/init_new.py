class A:
    def __new__(cls, *args, **kw):
        print('A.__new__', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print('A.__init__', x, y)
        self.x, self.y = x, y
a = A(1, y=2)
print(a.x, a.y)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other(), type(Other()).__name__)
class Sub(A):
    pass
class ReturnsSub:
    def __new__(cls):
        return super().__new__(Child)
    def __init__(self):
        print('ReturnsSub.__init__ on', type(self).__name__)
class Child(ReturnsSub):
    pass
r = ReturnsSub()
print(type(r).__name__)
class ReturnsParent(A):
    def __new__(cls, *a):
        return A.__new__(A)
    def __init__(self, *a):
        print('not called for a non-instance')
print(type(ReturnsParent(1)).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1, s2 = Single(), Single()
print(s1 is s2, s1.count)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class InitNone:
    def __init__(self):
        return None
print(type(InitNone()).__name__)
class NoInit:
    pass
for f in (lambda: NoInit(1), lambda: NoInit(a=1), lambda: object(1), lambda: object.__new__(NoInit, 1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, *args):
        super().__init__(*args)
try:
    OnlyInit(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(OnlyInit()).__name__)
class InitArgs:
    def __init__(self, a, b):
        pass
for f in (lambda: InitArgs(), lambda: InitArgs(1), lambda: InitArgs(1, 2, 3), lambda: InitArgs(1, c=2)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__new__(A).__class__.__name__)
o = object.__new__(NoInit)
print(type(o).__name__, NoInit.__init__(o))
class Explicit:
    def __init__(self, v):
        self.v = v
e = Explicit.__new__(Explicit)
Explicit.__init__(e, 9)
print(e.v)
e.__init__(10)
print(e.v)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print('Immutable.__init__', a, b)
im = Immutable(1, 2)
print(im, type(im).__name__, len(im))
class Cnt:
    n = 0
    def __new__(cls, *a, **k):
        cls.n += 1
        return object.__new__(cls)
    def __init__(self, *a, **k):
        pass
Cnt(); Cnt(1); Cnt(a=2)
print(Cnt.n)
class Weird:
    def __new__(cls):
        return None
print(Weird())
class Deep(A):
    def __init__(self):
        super().__init__('deep')
Deep()
InitArgs(1)
