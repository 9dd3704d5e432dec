class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(iter(Seq())))
a, b, *rest = Seq()
print(a, b, rest)
class Contain:
    def __contains__(self, x): return x == 'magic'
print('magic' in Contain(), 'other' in Contain(), 'magic' not in Contain())
class ContainTruthy:
    def __contains__(self, x): return [x]
print(1 in ContainTruthy(), None in ContainTruthy())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly(), sorted(IterOnly(), reverse=True))
class NotIter: pass
for f in (lambda: iter(NotIter()), lambda: 1 in NotIter(), lambda: list(NotIter()),
          lambda: [x for x in NotIter()]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneContains:
    __contains__ = None
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Gen()), dict.fromkeys(Gen()), '-'.join(Gen()))
class Rev:
    def __reversed__(self): return iter('zyx')
    def __iter__(self): return iter('xyz')
print(list(reversed(Rev())), list(Rev()))
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(SeqLen())))
class StopEarly:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('value')
print(list(StopEarly()))
class NextRaises:
    def __iter__(self): return self
    def __next__(self): raise KeyError('boom')
try:
    for _ in NextRaises(): pass
except KeyError as e:
    print(type(e).__name__, e)
class IterNoNext:
    def __iter__(self): return self
try:
    list(IterNoNext())
except TypeError as e:
    print(type(e).__name__, e)
class GetitemKeyError:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(GetitemKeyError())
except KeyError as e:
    print(type(e).__name__, e)
x, y = Count(2)
print(x, y)
try:
    x, y = Count(3)
except ValueError as e:
    print(type(e).__name__, e)
print(max(Count(5)), min(Seq()), tuple(Count(1)), set(Seq()) == {0, 10, 20, 30})
print(list(zip(Count(3), Seq())), list(enumerate(Count(2))))
for i in NotIter(): pass
