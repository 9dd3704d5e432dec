class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(3)))
print(dict.fromkeys(Countdown(2)), list(zip(Countdown(3), "ab")), list(enumerate(Countdown(2))), [x for x in Countdown(2)])
print(2 in Countdown(5), 9 in Countdown(5), any(Countdown(2)), all(Countdown(2)), list(map(str, Countdown(3))))
a, b, *c = Countdown(5)
print(a, b, c)
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 2
print(list(GetItemOnly()), 4 in GetItemOnly(), 5 in GetItemOnly(), list(iter(GetItemOnly())), list(reversed(list(GetItemOnly()))))
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class IterReturnsNonIter:
    def __iter__(self):
        return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print("TypeError", e)
try:
    list(IterReturnsNonIter())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in IterReturnsNonIter():
        pass
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    next(NoNext())
except TypeError as e:
    print("TypeError", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
class Raising:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("inside next")
try:
    list(Raising())
except ValueError as e:
    print("ValueError", e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, None))
def gen():
    yield 1
    return "retval"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "dflt"))
sentinel_calls = iter([1, 2, 0, 3]).__next__
print(list(iter(sentinel_calls, 0)))
class Len:
    def __len__(self):
        return 3
try:
    iter(Len())
except TypeError as e:
    print("TypeError", e)
for x in Countdown(0):
    print("never")
else:
    print("empty loop else")
iter(5)
