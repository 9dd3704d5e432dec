def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def delegate():
    result = yield from accumulator()
    yield f"inner returned {result}"


d = delegate()
next(d)
d.send(3)
print(d.send(None))


def gen_with_return():
    yield 1
    return


g = gen_with_return()
print(list(g), list(g))
try:
    next(accumulator()).send
except AttributeError as e:
    print(type(e).__name__, e)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)


def running():
    yield g2.send(None)


g2 = running()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)


def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(5)), max(squares(4)), list(squares(0)))
gen = squares(3)
print(type(gen).__name__, gen.__name__, iter(gen) is gen)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2), squares(3))))


def yield_expr_values():
    x = yield
    y = yield x * 2
    yield x + y


ye = yield_expr_values()
next(ye)
print(ye.send(5), ye.send(1))
