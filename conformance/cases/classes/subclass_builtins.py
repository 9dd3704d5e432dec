class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list), ml == [1, 2, 3, 4])
print(type(ml + [5]).__name__, type(ml[1:]).__name__, type(ml * 2).__name__, type(ml.copy()).__name__)
ml.extra = 'attr'
print(ml.extra, ml.__dict__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2)
print(s, s.peek(), s.pop(), s)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = DefaultDict(a=1)
print(d['a'], d['abc'], d, d.get('zz'), 'zz' in d, type(d).__name__)
class CountMissing(dict):
    def __missing__(self, key):
        return 0
c = CountMissing()
for ch in 'hello':
    c[ch] += 1
print(sorted(c.items()))
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print(type(e).__name__, e)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld['ABC'] = 1
print(ld, ld['aBc'], ld.get('ABC'), dict(ld))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(42, 'bad thing')
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
except Exception:
    print('wrong')
class Detailed(ValueError):
    def __str__(self):
        return 'detailed: ' + super().__str__()
try:
    raise Detailed('x', 'y')
except ValueError as e:
    print(e, e.args, isinstance(e, Detailed))
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), type(t + 1).__name__, round(Celsius(1.26), 1), repr(t))
class Money(int):
    def __new__(cls, v, cur='EUR'):
        obj = super().__new__(cls, v)
        obj.cur = cur
        return obj
    def __repr__(self):
        return f'{int(self)} {self.cur}'
m = Money(5, 'USD')
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, hash(m) == hash(5), f'{m:03d}')
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hey')
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == 'HEY', u[0], type(u[0]).__name__)
print({u: 1}['HEY'], 'E' in u, u.startswith('H'), repr(u), f'{u:>5}')
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p[1], len(p), type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p + (3,), type(p + (3,)).__name__)
class Flag(int):
    pass
print(Flag(3) | 4, bool(Flag(0)), Flag('7'), Flag(2.9))
class S(set):
    pass
ss = S([1, 2])
print(sorted(ss | {3}), type(ss | {3}).__name__, type(ss.copy()).__name__)
class OrderedSetish(list):
    def __contains__(self, x):
        print('custom contains')
        return super().__contains__(x)
print(2 in OrderedSetish([1, 2]))
class B(bytes):
    pass
print(B(b'ab'), type(B(b'ab')).__name__, B(b'ab')[0], B(3))
print(MyList.__mro__, DefaultDict.__bases__)
print(ml.__class__.__name__, ml.__class__.__base__.__name__)
class BadInt(int):
    def __init__(self, v):
        super().__init__()
        self.orig = v
print(BadInt('12'), BadInt('12').orig)
MyErr(1)
