class Meta(type):
    meta_attr = 'from meta'
    shared = 'meta shared'
    def __getattr__(cls, name):
        return f'meta getattr {name}'
class A(metaclass=Meta):
    shared = 'class shared'
print(A.meta_attr, A.shared, A.anything, A().shared)
try:
    A().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
class DataDesc:
    def __get__(self, obj, owner):
        return ('data desc', obj.__name__ if obj else None)
    def __set__(self, obj, v):
        print('DataDesc.__set__', v)
class Meta2(type):
    prop = DataDesc()
class B(metaclass=Meta2):
    prop = 'class attr shadowed by data descriptor on meta'
print(B.prop, B.__dict__['prop'])
B.prop = 5
print(B.__dict__['prop'])
class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class Meta3(type):
    nd = NonData()
class C(metaclass=Meta3):
    nd = 'class wins over meta non-data'
class C2(metaclass=Meta3):
    pass
print(C.nd, C2.nd)
class Meta4(type):
    def __setattr__(cls, name, value):
        print('meta setattr', name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(cls, name):
        print('meta delattr', name)
        super().__delattr__(name)
class D(metaclass=Meta4):
    pass
D.x = 'abc'
print(D.x)
del D.x
print(hasattr(D, 'x'))
class Meta5(type):
    def __repr__(cls):
        return f'<Class {cls.__name__}>'
    def __str__(cls):
        return f'Class {cls.__name__}'
    def __eq__(cls, other):
        return getattr(other, '__name__', None) == cls.__name__
    def __hash__(cls):
        return hash(cls.__name__)
    def __bool__(cls):
        return False
    def __contains__(cls, item):
        return item == 'member'
class E(metaclass=Meta5):
    pass
class E2(metaclass=Meta5):
    pass
E2.__name__ = 'E'
print(repr(E), str(E), E == E2, E != E2, bool(E), 'member' in E, 'x' in E, {E: 1}[E2])
print([E], f'{E}', '%s' % E)
class Meta6(type):
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
    def __getitem__(cls, i):
        return cls.members[i]
class Color(metaclass=Meta6):
    members = ['red', 'green', 'blue']
print(list(Color), len(Color), Color[1], 'green' in Color, sorted(Color))
print(type(A).__name__, A.__class__.__name__, Meta.__class__.__name__)
print(Meta.meta_attr, Meta.__mro__)
print(A.nope_attr_via_meta_getattr)
try:
    Meta.missing
except AttributeError as e:
    print(type(e).__name__, e)
Meta.missing
