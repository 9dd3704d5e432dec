# decorators on methods (property, classmethod, staticmethod and custom) and on classes
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in sorted(self.__dict__.items()))
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls

def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: greeting + ', ' + self.name
        return cls
    return deco

@add_repr
@add_greeting('Hello')
class Person:
    count = 0
    def __init__(self, name):
        self.name = name
        Person.count += 1

    @property
    def upper(self):
        return self.name.upper()

    @upper.setter
    def upper(self, v):
        self.name = v.lower()

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def valid(name):
        return name.isalpha()

p = Person('ada')
print(p, p.greet(), p.upper)
p.upper = 'GRACE'
print(p.name, Person.make('bob'), Person.valid('x1'), Person.count)

def method_logger(fn):
    def wrapper(self, *a):
        return '%s.%s%r -> %r' % (type(self).__name__, fn.__name__, a, fn(self, *a))
    return wrapper

class Calc:
    @method_logger
    def add(self, a, b):
        return a + b
print(Calc().add(1, 2))

def class_counter(cls):
    original = cls.__init__
    def __init__(self, *a, **k):
        cls.instances = getattr(cls, 'instances', 0) + 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls

@class_counter
class Thing:
    def __init__(self, v):
        self.v = v
Thing(1); Thing(2)
print(Thing.instances, Thing(3).v, Thing.instances)

def returns_other(cls):
    return 'replaced ' + cls.__name__
@returns_other
class Gone:
    pass
print(Gone)

order = []
def mark(tag):
    order.append('eval ' + tag)
    def deco(obj):
        order.append('apply ' + tag)
        return obj
    return deco
@mark('class-outer')
@mark('class-inner')
class Marked:
    @mark('method')
    def m(self):
        pass
print(order)
p.no_such_method()
