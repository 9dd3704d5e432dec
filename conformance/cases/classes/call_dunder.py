class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
a = Adder(10)
print(a(1), a(1, 2, 3), a(2, scale=3), a(x=5, extra=1), callable(a), callable(Adder))
print(list(map(Adder(1), [1, 2])))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
print(callable(NotCallable()))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallNone:
    __call__ = None
try:
    CallNone()()
except TypeError as e:
    print(type(e).__name__, e)
nc = NotCallable()
nc.__call__ = lambda: 'instance attr'
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
print(nc.__call__())
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.calls, type(fib).__name__)
class Chain:
    def __call__(self): return self
c = Chain()
print(c()()() is c)
class StaticCall:
    @staticmethod
    def __call__(x): return ('static', x)
print(StaticCall()(5))
class Sub(Adder):
    def __call__(self, x):
        return ('sub', super().__call__(x))
print(Sub(1)(2))
class Meta(type):
    def __call__(cls, *a):
        return ('meta call', cls.__name__, a)
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta(1, 2))
print(sorted([3, 1, 2], key=Adder(0)))
def f(): pass
f.__call__
print(callable(f), callable(print), callable(1), callable(int), callable(Chain()))
Sub(1)(2, 3)
