# Objects made iterable by __iter__, by __getitem__ alone, and what for, in, unpacking,
# list() and builtins do with them, errors included.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


class BadIter:
    def __iter__(self):
        return 42


class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"


print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3), 7 in Countdown(3))
print(list(Seq()), 9 in Seq(), 5 in Seq(), max(Seq()), sorted(Seq(), reverse=True))
a, b, *rest = Seq()
print(a, b, rest, dict(enumerate(Seq())), list(zip(Seq(), Countdown(9))))
it = iter(Seq())
print(next(it), next(it), list(it), next(it, "end"))
o = Once()
print(list(o), list(o), iter(o) is o)
for bad in [BadIter(), 3, None]:
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    x, y = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = Countdown(2)
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda p: p[0] * p[1], zip(Countdown(3), Seq()))))
print(any(v > 8 for v in Seq()), all(Countdown(3)), list(reversed(list(Seq()))))
try:
    reversed(Countdown(2))
except TypeError as e:
    print("TypeError:", e)
try:
    len(Seq())
except TypeError as e:
    print("TypeError:", e)
