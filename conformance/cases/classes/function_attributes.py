def f(a, b=2, *args, c=3, **kw):
    "f's doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
f.__doc__ = None
f.__defaults__ = (5,)
f.__kwdefaults__ = {'c': 9}
f.custom = 'attr'
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.custom, f.__dict__)
for attr, val in (('__name__', 1), ('__qualname__', None), ('__defaults__', [1]), ('__kwdefaults__', 1), ('__dict__', 1), ('__annotations__', 1)):
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print(type(e).__name__, e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
def g(x: int, y: 'str' = '') -> list:
    pass
print(g.__annotations__)
g.__annotations__ = {'x': float}
print(g.__annotations__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
class K:
    def m(self):
        "method doc"
    class Inner:
        def n(self):
            def local():
                pass
            return local
print(K.m.__qualname__, K.Inner.n.__qualname__, K.Inner().n().__qualname__, K().m.__doc__, K().m.__name__)
bm = K().m
print(bm.__func__.__name__, bm.__doc__, bm.__qualname__, bm.__module__)
bm.__func__.tag = 'on function'
print(bm.tag)
try:
    bm.tag = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
print(len.__name__, len.__qualname__, len.__doc__[:20], [].append.__self__, 'x'.upper.__name__)
print(str.upper.__qualname__, dict.fromkeys.__name__, int.from_bytes.__qualname__, {}.get.__qualname__)
try:
    len.__name__ = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    list.append.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(f), type(f).__name__, type(len).__name__, type(K.m).__name__, type(bm).__name__)
del f.custom
print(hasattr(f, 'custom'))
del f.nope
