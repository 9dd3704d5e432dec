class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin, name='alpha'):
    pass
class B(Plugin):
    pass
class C(B, name='gamma'):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        print('Base.__init_subclass__', cls.__name__, cls.__mro__[1].__name__)
class L1(Base): pass
class L2(L1): pass
class Mix:
    def __init_subclass__(cls, **kw):
        print('Mix.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class M(Mix, Base, tag=1):
    pass
print(type(Base.__dict__['__init_subclass__']).__name__)
class Required:
    def __init_subclass__(cls, /, value, **kw):
        cls.value = value
class R(Required, value=3):
    pass
print(R.value)
try:
    class R2(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class CM:
    @classmethod
    def __init_subclass__(cls, **kw):
        print('explicit classmethod', cls.__name__)
class CM2(CM): pass
class Validate:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
class Good(Validate):
    required = 1
try:
    class Bad(Validate):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, sorted(kw))
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, flag=False):
        print('WithMeta.__init_subclass__', cls.__name__, flag)
class WM2(WithMeta, flag=True):
    pass
print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
class Z(Plugin, name='zeta', extra=2):
    pass
