# Closures and generators: cells, nonlocal, generator pipelines, yield from.
def counter():
    n = 0

    def incr(step=1):
        nonlocal n
        n += step
        return n
    return incr


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    yield from (x * x for x in src)


def run():
    c = counter()
    total = 0
    for _ in range(1000000):
        total += c()
    adders = [(lambda k: (lambda x: x + k))(k) for k in range(10)]
    for i in range(100000):
        for add in adders:
            total += add(i)
    total += sum(squares(evens(naturals(2000000))))
    return total


print(run())
