class A:
    def f(self): return 'f'
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return 'c'
    lam = lambda self: 'lam'
    builtin = len
    bound_elsewhere = [].append
a = A()
print(type(A.f).__name__, type(a.f).__name__, type(A.__dict__['f']).__name__)
print(type(A.s).__name__, type(a.s).__name__, type(A.c).__name__, type(a.c).__name__)
print(type(A.lam).__name__, type(a.lam).__name__, a.lam())
print(type(A.builtin).__name__, a.builtin([1, 2]), A.builtin('abc'))
print(type(a.bound_elsewhere).__name__)
print(type(list.append).__name__, type([].append).__name__, type(list.__dict__['append']).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.__dict__['join']).__name__)
print(type(dict.fromkeys).__name__, type(object.__init__).__name__, type(object().__init__).__name__)
print(list.append.__name__, list.append.__qualname__, [].append.__self__, (1).__add__.__self__)
l = [3, 1]
list.sort(l)
list.append(l, 5)
print(l, str.upper('x'), str.join('-', 'ab'), int.__add__(2, 3), dict.get({'k': 1}, 'k'))
for f in (lambda: list.append(), lambda: list.append((), 1), lambda: str.upper(5), lambda: int.__add__('a', 1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
m1, m2 = a.f, a.f
print(m1 == m2, m1 is m2, m1.__func__ is m2.__func__, m1.__self__ is a, hash(m1) == hash(m2))
b = A()
print(a.f == b.f, A.f == A.f, a.c == b.c, a.c.__self__ is A)
class Callable:
    def __call__(self, *args): return ('called', len(args))
class HasCallable:
    c = Callable()
    f = print
print(HasCallable().c(1), HasCallable.c(1))
def external(self, x): return ('external', x)
A.ext = external
print(a.ext(1), A.ext(a, 2))
a.inst_func = external
try:
    a.inst_func(1)
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_func(a, 1))
import math
A.sqrt = math.sqrt
print(a.sqrt(16))
meth = a.f
del A.f
print(meth())
try:
    a.f()
except AttributeError as e:
    print(type(e).__name__, e)
class W:
    def m(self, x, y=2, *args, k=3, **kw):
        return (x, y, args, k, sorted(kw))
w = W()
print(w.m(1), w.m(1, 5, 6, 7, k=0, z=9), W.m(w, x=4))
print(W.m.__defaults__, W.m.__kwdefaults__, W.m.__code__ if False else '')
try:
    W.m(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.m(1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
a.missing_method()
