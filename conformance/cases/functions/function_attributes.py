# function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__,
# __annotations__, __dict__, __module__, and their setters' errors
def f(a, b=1, *args, c, d=2, **kw):
    "f's docstring"
    return a

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__dict__)

def no_doc():
    x = 'not a docstring'
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)

def doc_not_first():
    pass
    "too late"
print(doc_not_first.__doc__)

def fstring_not_doc():
    f"{1}"
print(fstring_not_doc.__doc__)

def multi_line():
    """First line.

    More text.
    """
print(repr(multi_line.__doc__))

f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'elsewhere'
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
f.custom = [1, 2]
f.__dict__['other'] = 'x'
print(sorted(f.__dict__), f.custom, f.other)
del f.custom
print(sorted(f.__dict__))

for attr, value in (('__name__', 5), ('__qualname__', None), ('__defaults__', [1]),
                    ('__kwdefaults__', 3), ('__annotations__', 'x'), ('__dict__', 1)):
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print(attr, type(e).__name__, e)

f.__annotations__ = {'a': int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
f.__doc__ = None
print(f.__doc__)
try:
    del f.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    f.missing
except AttributeError as e:
    print(e)

class C:
    def method(self):
        "method doc"
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
    class Inner:
        def deep(self):
            def local():
                pass
            return local
print(C.method.__qualname__, C.st.__qualname__, C.cm.__qualname__, C.method.__doc__)
print(C.Inner.deep.__qualname__, C.Inner().deep().__qualname__, C().method.__name__)
print(C().method.__func__ is C.method, C().method.__self__.__class__.__name__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__, outer() is outer())
f.__defaults__ = 'not a tuple'
