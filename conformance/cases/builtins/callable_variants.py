class WithCall:
    def __call__(self, x):
        return x * 2
class NoCall:
    pass
class StaticCall:
    __call__ = staticmethod(lambda: "static")
def f():
    pass
g = (x for x in [])
print(callable(WithCall()), callable(NoCall()), callable(NoCall), callable(f), callable(g), callable(g.__next__))
print(callable(print), callable(str.upper), callable("".upper), callable(1), callable([]), callable(type), callable(None))
print(callable(WithCall), callable(StaticCall()), StaticCall()(), WithCall()(21), callable(lambda: 0), callable(int.__add__))
nc = NoCall()
nc.__call__ = lambda: 1
print(callable(nc))
try:
    nc()
except TypeError as e:
    print("TypeError", e)
for bad in [1, "s", [], None, NoCall()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
5()
