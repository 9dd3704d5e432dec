# generators are lazy: pipelines, infinite sequences, early exit, itertools-like helpers by hand
log = []
def numbers():
    n = 0
    while True:
        log.append('produce %d' % n)
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i == n:
            return
        yield v

def mapped(f, it):
    for v in it:
        yield f(v)

def filtered(p, it):
    for v in it:
        if p(v):
            yield v

pipeline = take(3, filtered(lambda v: v % 2, mapped(lambda v: v * 3, numbers())))
print('nothing yet:', log)
print(list(pipeline))
print(log)

def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2), (x for x in 'z'))))

def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))

def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(accumulate(range(1, 6))))

def cycle(seq):
    while True:
        for v in seq:
            yield v
c = cycle('abc')
print(''.join(next(c) for _ in range(8)))

def groupby_runs(s):
    it = iter(s)
    try:
        cur = next(it)
    except StopIteration:
        return
    count = 1
    for ch in it:
        if ch == cur:
            count += 1
        else:
            yield cur, count
            cur, count = ch, 1
    yield cur, count
print(list(groupby_runs('aaabccdddd')), list(groupby_runs('')))

def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        va = next(ia, fill)
        vb = next(ib, fill)
        if va is fill and vb is fill:
            return
        yield va, vb
print(list(zip_longest([1, 2, 3], 'ab')))

gen = numbers()
print(sum(take(100, gen)), next(gen))
print(any(v > 5 for v in numbers()), log[-1])
print(sorted(take(5, (x * x for x in numbers())), reverse=True))
print(dict(zip('abc', numbers())), max(take(4, numbers())))
next(take(1, 5))
