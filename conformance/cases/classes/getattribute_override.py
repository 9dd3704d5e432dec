class Audit:
    def __init__(self):
        self.log = []
        self.value = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return super().__getattribute__(name)
a = Audit()
a.value
a.value
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
a.method_like = lambda: 1
a.method_like()
print(a.log)
class Hide:
    secret = 'class secret'
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f'{name} is hidden')
        return object.__getattribute__(self, name)
h = Hide()
print(hasattr(h, 'secret'), getattr(h, 'secret', 'default'), Hide.secret, type(h).secret)
try:
    h.secret
except AttributeError as e:
    print(type(e).__name__, e)
class Upper:
    def __init__(self):
        self.name = 'lower'
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
print(u.name, u.__class__.__name__, u.__dict__)
class Dflt:
    def __getattribute__(self, name):
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            return f'<{name}>'
print(Dflt().anything, Dflt().__class__.__name__)
class Sub(Dflt):
    x = 1
print(Sub().x, Sub().y)
class Recursion:
    def __getattribute__(self, name):
        return self.__dict__[name]
try:
    Recursion().x
except RecursionError as e:
    print(type(e).__name__)
class ReturnsNone:
    def __getattribute__(self, name):
        return None
r = ReturnsNone()
print(r.a, r.__class__, r.__dict__, type(r).__name__, len([r]))
class ViaSuper:
    def __getattribute__(self, name):
        return 'super:' + str(super().__getattribute__('__class__').__name__)
print(ViaSuper().whatever)
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raises(), 'x')
except KeyError as e:
    print('hasattr propagated', type(e).__name__)
print(object.__getattribute__(Audit(), 'value'))
try:
    object.__getattribute__(1, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(Audit(), 5)
except TypeError as e:
    print(type(e).__name__, e)
h.secret_two
