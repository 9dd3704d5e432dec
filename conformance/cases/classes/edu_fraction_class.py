def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    __slots__ = ('num', 'den')
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        if isinstance(num, Fraction):
            num, den = num.num, num.den * den
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g
    @classmethod
    def coerce(cls, o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return cls(o)
        return None
    def __repr__(self):
        return f'Fraction({self.num}, {self.den})'
    def __str__(self):
        return f'{self.num}/{self.den}' if self.den != 1 else str(self.num)
    def __format__(self, spec):
        if spec.endswith('f'):
            return format(self.num / self.den, spec)
        return format(str(self), spec)
    def __add__(self, o):
        o = Fraction.coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Fraction.coerce(o)
        if o is None:
            return NotImplemented
        return self + Fraction(-o.num, o.den)
    def __rsub__(self, o):
        o = Fraction.coerce(o)
        return NotImplemented if o is None else o - self
    def __mul__(self, o):
        o = Fraction.coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Fraction.coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        o = Fraction.coerce(o)
        return NotImplemented if o is None else o / self
    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __abs__(self):
        return Fraction(abs(self.num), self.den)
    def __eq__(self, o):
        o = Fraction.coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Fraction.coerce(o)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __bool__(self):
        return self.num != 0
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 2, half ** -2, -half, abs(-half))
print(1 + half, 1 - half, 2 * third, 1 / third, half + 1, repr(half + half), str(Fraction(6, -4)))
print(half == Fraction(2, 4), half == 0.5, half != third, third < half, half <= half, half > third, third >= half)
print(sorted([half, third, Fraction(3, 4), Fraction(-1, 2)]), max(half, third), min([half, third, 1]))
print(float(third), int(Fraction(7, 2)), bool(Fraction(0)), bool(half), hash(Fraction(4, 2)) == hash(2))
print(f'{third:.3f}', f'{half:>6}|', f'{Fraction(5):<4}|', format(Fraction(1, 8), '.2f'))
print(sum([half, half, third], Fraction(0)), {half: 'h', Fraction(2, 4): 'again'})
for f in (lambda: half + 0.5, lambda: 'x' * half, lambda: half ** half, lambda: half < 'a'):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    half.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
Fraction(1, 0)
