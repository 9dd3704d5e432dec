class Shape:
    def __init__(self, *, name='shape', **kw):
        print('Shape', name, sorted(kw))
        self.name = name
        super().__init__(**kw)
class Colored:
    def __init__(self, *, color='black', **kw):
        print('Colored', color)
        self.color = color
        super().__init__(**kw)
class Sized:
    def __init__(self, *, size=1, **kw):
        print('Sized', size)
        self.size = size
        super().__init__(**kw)
class Widget(Shape, Colored, Sized):
    def __init__(self, **kw):
        print('Widget start')
        super().__init__(**kw)
        print('Widget end')
w = Widget(name='w', color='red', size=3)
print(w.name, w.color, w.size, [c.__name__ for c in Widget.__mro__])
try:
    Widget(name='x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class Root:
    def greet(self):
        return ['Root']
class M1(Root):
    def greet(self):
        return ['M1'] + super().greet()
class M2(Root):
    def greet(self):
        return ['M2'] + super().greet()
class Leaf(M1, M2):
    def greet(self):
        return ['Leaf'] + super().greet()
print(Leaf().greet(), M1().greet(), M2().greet())
class Leaf2(M2, M1):
    pass
print(Leaf2().greet())
class Counter:
    def __init__(self):
        self.count = 0
        super().__init__()
class Logger:
    def __init__(self):
        self.log = []
        super().__init__()
class Both(Counter, Logger):
    pass
bo = Both()
print(bo.count, bo.log)
class NewA:
    def __new__(cls, *a, **k):
        print('NewA.__new__', cls.__name__)
        return super().__new__(cls)
class NewB(NewA):
    def __new__(cls, *a, **k):
        print('NewB.__new__')
        return super().__new__(cls, *a, **k)
    def __init__(self, v):
        self.v = v
print(NewB(5).v)
class S:
    @classmethod
    def build(cls, *parts):
        return cls.__name__ + ':' + ','.join(parts)
class T(S):
    @classmethod
    def build(cls, *parts):
        return super().build('t', *parts)
class U(T):
    @classmethod
    def build(cls, *parts):
        return super().build('u', *parts)
print(U.build('x'), T.build(), U().build('y'))
class P:
    @property
    def val(self):
        return 'P.val'
class Q(P):
    @property
    def val(self):
        return 'Q>' + super().val
print(Q().val)
class StrLike(str):
    def upper(self):
        return 'custom ' + super().upper()
print(StrLike('abc').upper())
class DictLike(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def update(self, other):
        for k, v in other.items():
            self[k] = v
d = DictLike()
d['a'] = 1
d.update({'b': 2})
print(d)
Widget(size=1, color='c', name='n', extra=5)
