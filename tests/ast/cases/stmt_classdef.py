class A:
    pass
class B(A):
    pass
class C(A, B, metaclass=M):
    pass
class D():
    pass
class E(*bases, **kw):
    x = 1
    def m(self): pass
class F(A,): pass
