class A:
    def f(self):
        return 'A.f'
class B(A):
    @staticmethod
    def s():
        return super().f()
    def nested(self):
        def inner():
            return super().f()
        return inner()
    def gen(self):
        yield super().f()
b = B()
for f in (B.s, b.nested):
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(list(b.gen()))
try:
    super(B, A()).f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super('B', b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, b, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, obj=b)
except TypeError as e:
    print(type(e).__name__, e)
class C(A):
    def __init__(self):
        super().__init__(1)
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __init__(self, x):
        super().__init__(x=x)
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        return super().m()
try:
    E().m()
except AttributeError as e:
    print(type(e).__name__, e)
def plain(self):
    return super().f()
B.plain = plain
try:
    b.plain()
except RuntimeError as e:
    print(type(e).__name__, e)
class F(A):
    def f(self):
        return super(A, self).f()
try:
    F().f()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(B, B).f(b), super(B, b).f())
class G(A):
    @classmethod
    def c(cls):
        return super().f
print(G.c().__qualname__)
class H(A):
    def f(self):
        return super().f() + '+H'
    g = lambda self: super().f()
print(H().f())
try:
    H().g()
except RuntimeError as e:
    print(type(e).__name__, e)
print(super.__name__, type(super(B, b)).__name__)
super(B, b).f = 1
