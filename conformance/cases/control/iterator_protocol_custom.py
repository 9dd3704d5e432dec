class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
for x in Countdown(2):
    print("tick", x)
c = Countdown(1)
print(next(c), next(c, "done"))


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem())
for v in OnlyGetitem():
    print("getitem iteration", v)


class IterReturnsNonIterator:
    def __iter__(self):
        return 5


try:
    for _ in IterReturnsNonIterator():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)
counter = iter(lambda: counter_state.pop(), "stop")
counter_state = ["stop", "b", "a"]
print(list(counter))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r))


class Reversible:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Reversible())))
e = enumerate("ab", 5)
print(next(e), list(e))
m = map(lambda x, y: x + y, [1, 2, 3], [10, 20])
print(list(m), list(m))
f = filter(None, [0, 1, "", "x", None, []])
print(list(f))
