# expect: check-ok
class A:
    open = staticmethod(lambda p: p)
    x = open
