class Typed:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int, not {type(value).__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, sorted(p.__dict__.items()), type(Point.x).__name__)
try:
    p.x = 'no'
except TypeError as e:
    print(type(e).__name__, e)
del p.x
print(p.x)
p.__dict__['y'] = 'shadow'
print(p.y)
class NonData:
    def __get__(self, obj, objtype=None):
        return ('nondata', obj is None, objtype.__name__)
class C:
    nd = NonData()
c = C()
print(c.nd, C.nd)
c.nd = 'instance wins'
print(c.nd, C.nd)
del c.nd
print(c.nd)
class DataOnlySet:
    def __set__(self, obj, v):
        print('DataOnlySet.__set__', v)
class D:
    a = DataOnlySet()
d = D()
d.a = 5
print(d.a is D.__dict__['a'], d.__dict__)
d.__dict__['a'] = 'in dict'
print(d.a)
try:
    del d.a
except AttributeError as e:
    print(type(e).__name__, e)
class Getter:
    def __get__(self, obj, objtype):
        return 'got'
    def __delete__(self, obj):
        print('Getter.__delete__')
class E:
    g = Getter()
e = E()
del e.g
try:
    e.g = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Meth:
    def __init__(self, f): self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class F:
    @Meth
    def hello(self, who):
        return f'hello {who} from {type(self).__name__}'
print(F().hello('you'), type(F.hello).__name__)
class Late:
    pass
t = Typed()
Late.attr = t
try:
    Late().attr
except AttributeError as ex:
    print(type(ex).__name__, ex)
t.__set_name__(Late, 'attr')
print(Late().attr)
class Plain:
    def __set_name__(self, owner, name):
        print('Plain set_name', name)
class Holder:
    one = Plain()
    two = three = Plain()
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError('bad set_name ' + name)
try:
    class Fails:
        z = BadSetName()
except ValueError as ex:
    print(type(ex).__name__, ex)
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__(p))
class ClsDesc:
    def __get__(self, obj, objtype=None):
        return objtype.__name__
class G:
    who = ClsDesc()
class H(G):
    pass
print(G.who, H.who, H().who)
class Counter:
    def __init__(self): self.n = 0
    def __get__(self, obj, cls):
        self.n += 1
        return self.n
class K:
    c = Counter()
k = K()
print(k.c, k.c, K.c)
p.x = 'bad again'
