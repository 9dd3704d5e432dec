class A(metaclass=M, **kw): pass
