class Base:
    """Base docstring."""
    attr = 1
    def method(self):
        "method doc"
        return 1
class Child(Base):
    pass
class Outer:
    class Inner:
        class Deep:
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Base.__name__, Base.__qualname__, Base.__module__, Base.__doc__, Child.__doc__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__, Outer().f().__qualname__)
print(Base.__bases__, Child.__bases__, Child.__base__, object.__base__, Child.__mro__)
print(Base.method.__name__, Base.method.__qualname__, Base.method.__doc__, Base.method.__module__)
print(Base().__class__ is Base, Base.__class__, type(Base.__dict__).__name__, Base.__dict__['attr'])
print(sorted(k for k in Base.__dict__), sorted(k for k in Child.__dict__))
try:
    Base.__dict__['attr'] = 2
except TypeError as e:
    print(type(e).__name__, e)
mp = Base.__dict__
print('attr' in mp, len(mp) > 3, mp.get('attr'), mp.get('zzz', 'dflt'), type(mp.keys()).__name__)
b = Base()
b.x = 1
print(b.__dict__, b.__module__, b.__doc__)
print(Base.__init__, Base.__init__ is object.__init__)
print(int.__name__, int.__qualname__, int.__module__, int.__doc__[:9])
print(Base.method.__defaults__, (lambda a=1, *, b=2: 0).__defaults__, (lambda a=1, *, b=2: 0).__kwdefaults__)
def annotated(a: int, b: 'str' = 'x') -> bool:
    pass
print(annotated.__annotations__)
class Ann:
    x: int
    y: str = 'y'
print(Ann.__annotations__, hasattr(Ann, 'x'), Ann.y)
print(type.__dict__['__name__'].__class__.__name__)
Child.__doc__ = 'set doc'
print(Child.__doc__)
Base.method.extra = 'func attr'
print(Base.method.extra, Base.method.__dict__)
class Fmt:
    pass
print(repr(Fmt).startswith("<class '__main__.Fmt'>"), str(Fmt), Fmt.__module__)
print(object.__doc__, type(object.__dict__).__name__)
print(Base.__subclasses__ if False else 'subclasses hidden')
print(len.__name__, len.__qualname__, len.__module__, print.__name__, [].append.__name__, [].append.__qualname__)
print(str.upper.__name__, str.upper.__qualname__, str.__dict__['upper'].__objclass__)
print(Base.__init_subclass__.__name__, object.__new__.__name__, Base.__new__ is object.__new__)
Base.__doc__ = 1
print(Base.__doc__)
try:
    del Base.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    Base.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Base.__bases__ = ()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
Base.__module__ = 'elsewhere'
print(repr(Base), Base.__module__)
print(Base.nope)
