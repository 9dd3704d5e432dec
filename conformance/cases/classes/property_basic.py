class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print('deleting')
        del self._x
    @property
    def ro(self):
        return 'read-only'

p = P()
print(p.x)
p.x = 5
print(p.x)
try:
    p.x = -1
except ValueError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__doc__, P.ro.__doc__)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__, P.ro.fset)
p.__dict__['ro'] = 'shadow?'
print(p.ro)
q = property()
class Q:
    a = q
    b = property(lambda self: 1)
try:
    Q().a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Q().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Q().b = 1
except AttributeError as e:
    print(type(e).__name__, e)
def getx(self): return 'gx'
def setx(self, v): print('setx', v)
class R:
    x = property(getx, setx, None, "doc of x")
r = R()
print(r.x, R.x.__doc__)
r.x = 3
try:
    del r.x
except AttributeError as e:
    print(type(e).__name__, e)
print(property(getx).__doc__)
pr = property(fget=getx, doc='d')
print(pr.__doc__, pr.fget is getx)
class S(P):
    @P.x.getter
    def x(self):
        return 'sub ' + str(self._x)
s = S()
s.x = 4
print(s.x, P.x is S.x)
class T:
    @property
    def boom(self):
        raise AttributeError('inner')
    def __getattr__(self, n):
        return 'getattr ' + n
print(T().boom)
class U:
    @property
    def v(self):
        return 1
U().v = 2
