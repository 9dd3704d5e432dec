class Name(str):
    def greet(self):
        return 'hello ' + self
n = Name('ada')
print(n, n.greet(), n.upper(), type(n.upper()).__name__, type(n + 'x').__name__, type(n[0]).__name__)
print(type(n.strip()).__name__, type(str(n)).__name__, type(n * 2).__name__, type(f'{n}').__name__, type('%s' % n).__name__)
print(n == 'ada', 'ada' == n, hash(n) == hash('ada'), n in {'ada'}, len(n), n.startswith('a'), list(n))
class Shout(str):
    def __str__(self):
        return self.upper() + '!'
    def __repr__(self):
        return 'Shout(' + str.__repr__(self) + ')'
s = Shout('hi')
print(s, str(s), repr(s), [s], f'{s}', '{}'.format(s), '%s|%r' % (s, s), s + 'x', len(s))
class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())
print(Lower('ABC'), Lower('ABC') == 'abc', type(Lower('Q')).__name__)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p = Point(1, 2)
print(p, p.x, p.y, p + Point(3, 4), p == (1, 2), len(p), list(p), p[::-1], type(p[::-1]).__name__)
print(sorted([Point(2, 1), Point(1, 5)]), hash(p) == hash((1, 2)), p.count(1), p.index(2))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return super().__new__(cls, v)
    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else int(self // 2)
e = Even(8)
print(e, e.half(), type(e.half()).__name__, e + 1, type(e + 1).__name__, -e, type(-e).__name__, e == 8, e > 7)
try:
    Even(3)
except ValueError as ex:
    print(type(ex).__name__, ex)
class Bits(int):
    def __repr__(self):
        return f'Bits({bin(self)})'
    def __and__(self, o):
        return Bits(int(self) & int(o))
b = Bits(12)
print(repr(b), b & 10, 10 & b, b | 1, type(b | 1).__name__, str(b), f'{b}', f'{b:b}', format(b, '08b'))
class F(float):
    def __repr__(self):
        return f'F({float(self)})'
f = F(1.5)
print(repr(f), str(f), f * 2, type(f * 2).__name__, round(f), f.is_integer(), F(2).is_integer(), f.hex() == (1.5).hex())
class Tup(tuple):
    pass
t = Tup([1, 2, 3])
print(t, type(t + (4,)).__name__, type(t[1:]).__name__, t == (1, 2, 3), Tup(), Tup('ab'))
class BytesSub(bytes):
    pass
bs = BytesSub(b'abc')
print(bs, type(bs.upper()).__name__, type(bs[0:1]).__name__, bs == b'abc', bs.decode())
class Bool(int):
    pass
print(Bool(True), type(Bool(True)).__name__, Bool(5) + True)
Even(1)
