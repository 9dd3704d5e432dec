class A(B, **kw): pass
class C(*a, metaclass=M, **k): pass
