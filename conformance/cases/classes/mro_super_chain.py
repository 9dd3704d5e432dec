class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
    def hello(self):
        return ['Base']
class Left(Base):
    def __init__(self, left=0, **kw):
        print('Left', left)
        super().__init__(**kw)
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def __init__(self, right=0, **kw):
        print('Right', right)
        super().__init__(**kw)
    def hello(self):
        return ['Right'] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print('Bottom')
        super().__init__(**kw)
    def hello(self):
        return ['Bottom'] + super().hello()
b = Bottom(left=1, right=2, extra=3)
print(b.hello())
print([k.__name__ for k in Bottom.__mro__])
class Mixin:
    def describe(self):
        return 'Mixin+' + super().describe()
class Thing:
    def describe(self):
        return 'Thing'
class MixedThing(Mixin, Thing):
    pass
print(MixedThing().describe())
try:
    Mixin().describe()
except AttributeError as e:
    print(type(e).__name__, e)
class A:
    def go(self, trail):
        trail.append('A')
class B1(A):
    def go(self, trail):
        trail.append('B1')
        super().go(trail)
class B2(A):
    def go(self, trail):
        trail.append('B2')
        super().go(trail)
class B3(A):
    def go(self, trail):
        trail.append('B3')
        super().go(trail)
class Z(B1, B2, B3):
    def go(self, trail):
        trail.append('Z')
        super().go(trail)
t = []
Z().go(t)
print(t)
class CM:
    @classmethod
    def create(cls):
        return ['CM', cls.__name__]
class CM2(CM):
    @classmethod
    def create(cls):
        return ['CM2'] + super().create()
class CM3(CM2):
    pass
print(CM3.create())
Bottom(left=1, bogus=2, other=3)
