# infinite generators consumed with hand-written islice, takewhile, dropwhile, tee-like
# buffering and round-robin scheduling
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def islice(it, *args):
    s = slice(*args)
    start = s.start or 0
    step = 1 if s.step is None else s.step
    if step <= 0 or start < 0 or (s.stop is not None and s.stop < 0):
        raise ValueError('islice arguments must be non-negative, step positive')
    nxt = start
    for i, v in enumerate(it):
        if s.stop is not None and i >= s.stop:
            return
        if i == nxt:
            yield v
            nxt += step

print(list(islice(count(), 5)))
print(list(islice(count(10), 2, 12, 3)))
print(list(islice(count(0, -2), 1, 4)))
print(list(islice('abcdefg', 1, None, 2)))
try:
    list(islice(count(), -1))
except ValueError as e:
    print(type(e).__name__, e)

def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def dropwhile(pred, it):
    it = iter(it)
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it
print(list(takewhile(lambda v: v * v < 50, count(1))))
print(list(islice(dropwhile(lambda v: v < 5, count()), 3)))

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[-5:], sum(1 for _ in collatz(27)))

def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def branch(mine):
        while True:
            if not mine:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield mine.pop(0)
    return [branch(b) for b in buffers]
a, b = tee(count(100))
print(next(a), next(a), next(a), next(b), list(islice(b, 3)), next(a))
x, y = tee('ab')
print(list(x), list(y))

def round_robin(*its):
    queue = [iter(i) for i in its]
    while queue:
        it = queue.pop(0)
        try:
            v = next(it)
        except StopIteration:
            continue
        yield v
        queue.append(it)
print(list(round_robin('abc', [1], range(7, 9))))
print(list(islice(round_robin(count(0, 10), count(1, 10)), 6)))

def repeat(v, times=None):
    if times is None:
        while True:
            yield v
    for _ in range(times):
        yield v
print(list(islice(repeat('r'), 3)), list(repeat(0, 2)), list(zip(count(), repeat('z', 2))))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v
print(list(islice(pairwise(count(1)), 3)), list(pairwise('')))
print(next(islice(count(), 3, None)))
list(islice(count(), 0, 5, 0))
