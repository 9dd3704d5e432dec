class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if k not in self:
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = [k for k in ns.order if not k.startswith('__')]
        return cls
class Form(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print(Form.field_order)
class NoDupes(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f'duplicate definition of {k!r}')
        super().__setitem__(k, v)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()
class Fine(metaclass=StrictMeta):
    a = 1
    b = 2
print(Fine.a, Fine.b, type(Fine.__dict__).__name__)
try:
    class Dup(metaclass=StrictMeta):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:]
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()
class Auto(metaclass=AutoMeta):
    value = auto_hello
    other = auto_world + '!'
print(Auto.value, Auto.other)
try:
    class Missing(metaclass=AutoMeta):
        x = undefined_thing
except NameError as e:
    print(type(e).__name__, e)
class KwMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare kw', sorted(kw))
        return {'from_prepare': kw.get('tag')}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=KwMeta, tag='T', other=1):
    pass
print(K.from_prepare)
class NotDictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1, 2]
try:
    class ND(metaclass=NotDictMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class PrepareRaises(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise RuntimeError('no namespace for ' + name)
class PR(metaclass=PrepareRaises):
    pass
