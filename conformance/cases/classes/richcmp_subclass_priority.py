class MyInt(int):
    def __eq__(self, o):
        print('MyInt.__eq__')
        return 'myint-eq'
    def __lt__(self, o):
        print('MyInt.__lt__')
        return 'myint-lt'
    def __gt__(self, o):
        print('MyInt.__gt__')
        return 'myint-gt'
    __hash__ = int.__hash__
m = MyInt(5)
print(5 == m)
print(m == 5)
print(5 < m)
print(5 > m)
print(m != 5, 5 != m)
class MyStr(str):
    def __eq__(self, o):
        return 'mystr-eq'
    __hash__ = str.__hash__
print('a' == MyStr('a'), MyStr('a') == 'a', ['a'] == [MyStr('a')])
class A:
    def __eq__(self, o):
        print('A.__eq__', type(o).__name__)
        return NotImplemented
class B(A):
    def __eq__(self, o):
        print('B.__eq__', type(o).__name__)
        return NotImplemented
print(A() == B())
print(B() == A())
a = A()
print(a == a, a != a)
class Same(A):
    pass
print(A() == Same())
class NoOverride(A):
    pass
print(NoOverride() == A())
class L(list):
    def __eq__(self, o):
        return 'L-eq'
    def __lt__(self, o):
        return 'L-lt'
print([1] == L([1]), [1] < L([2]), [1] > L([2]), L() == [])
class T(tuple):
    def __ge__(self, o):
        return 'T-ge'
print((1,) <= T((1,)), T() >= ())
class F(float):
    def __eq__(self, o):
        return 'F-eq'
    __hash__ = float.__hash__
print(1.0 == F(1.0), 1 == F(1.0), F(2.0) == 2)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if isinstance(o, Cmp):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        if isinstance(o, Cmp):
            return self.v > o.v
        return NotImplemented
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2))
for f in (lambda: Cmp(1) < 2, lambda: 2 < Cmp(1), lambda: Cmp(1) <= Cmp(2), lambda: None < Cmp(1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == None, None == None, None != 0, [] == (), {} == [], 'a' == b'a')
for f in (lambda: None < None, lambda: [] < (), lambda: {} < {}, lambda: 1 < 'a', lambda: {1} < [1]):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
Cmp(1) >= Cmp(2)
