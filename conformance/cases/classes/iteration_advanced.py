class Range3:
    def __iter__(self):
        return Range3Iter()
class Range3Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r), [(a, b) for a in r for b in r][:4])
it = iter(r)
print(next(it), list(it), list(it))
class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
print(list(Fib(10)), sum(Fib(5)), max(Fib(8)), 13 in Fib(8), 14 in Fib(8))
g = iter(Fib(3))
print(type(g).__name__, next(g), next(g), next(g), next(g, 'end'))
class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sorted(t, reverse=True))
class Infinite:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
inf = Infinite()
for x in inf:
    if x > 4:
        break
print(x, next(inf))
print(list(zip(Infinite(), 'abc')), dict(zip('xy', Infinite())))
class SeqProto:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError('out')
        return 'abc'[i]
sp = SeqProto()
print(list(sp), list(reversed(sp)), 'b' in sp, sorted(sp), ''.join(sp), list(enumerate(sp)))
class Unpack:
    def __iter__(self):
        return iter([1, 2, 3])
a, *b = Unpack()
print(a, b, [*Unpack(), *Unpack()], (*Unpack(),), {*Unpack(), 0})
def f(*args): return args
print(f(*Unpack()), max(*Unpack()))
class KV:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print(dict(KV()), f(**{'x': 1}) if False else 'skip', {**KV()})
def g(**kw): return kw
print(g(**KV()))
class NotMapping:
    pass
try:
    g(**NotMapping())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*NotMapping())
except TypeError as e:
    print(type(e).__name__, e)
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    g(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
class Len0Iter:
    def __iter__(self): return iter([])
print(list(Len0Iter()), any(Len0Iter()), all(Len0Iter()), sum(Len0Iter()))
try:
    max(Len0Iter())
except ValueError as e:
    print(type(e).__name__, e)
x, y = Range3()
