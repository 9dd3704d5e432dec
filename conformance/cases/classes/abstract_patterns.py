class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Manual:
    def m(self): pass
Manual.__abstractmethods__ = frozenset({'m', 'n'})
try:
    Manual()
except TypeError as e:
    print(type(e).__name__, e)
Manual.__abstractmethods__ = frozenset({'m'})
try:
    Manual()
except TypeError as e:
    print(type(e).__name__, e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
print(Manual.__abstractmethods__)
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {n for n, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for b in bases:
            for n in getattr(b, '__abstractmethods__', ()):
                if getattr(getattr(cls, n, None), '__isabstractmethod__', False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls
class Base(metaclass=AbstractMeta):
    @abstractmethod
    def run(self): pass
    @abstractmethod
    def stop(self): pass
    @property
    @abstractmethod
    def name(self): pass
class Half(Base):
    def run(self): return 'running'
class Full(Half):
    def stop(self): return 'stopped'
    @property
    def name(self): return 'full'
for cls in (Base, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, 'ok', obj.run(), obj.stop(), obj.name)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(Base.name.__isabstractmethod__, Full.name.__isabstractmethod__)
class Proto:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in ('read', 'write') if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"Can't define {cls.__name__}: missing {', '.join(missing)}")
class RW(Proto):
    def read(self): pass
    def write(self): pass
try:
    class RO(Proto):
        def read(self): pass
except TypeError as e:
    print(type(e).__name__, e)
Base()
