class A:
    def f(self): return 'A'
    @classmethod
    def c(cls): return 'Ac:' + cls.__name__
    @property
    def p(self): return 'Ap'
class B(A):
    def f(self): return 'B'
class C(B):
    def f(self): return 'C'
c = C()
print(super(C, c).f(), super(B, c).f())
print(super(C, C).c(), super(B, C).c())
print(super(C, c).p)
s = super(C, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(B, c)).split(',')[0])
print(super(C, C).f(c))
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).nope
except AttributeError as e:
    print(type(e).__name__, e)
u = super(C)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)
try:
    u.f
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, c, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
class D(A):
    def f(self):
        return super(D, self).f() + 'D'
print(D().f())
print(super(int, True).__repr__ is not None)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(3)
print(l)
print(super(C, c).__class__)
s2 = super(C, c)
s2.x = 1
