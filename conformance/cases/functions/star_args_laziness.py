# f(*it) drains the iterator before the callee runs; errors raised while draining surface
# as they are, not rewritten.
log = []


def gen(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i


def f(*args, **kw):
    log.append("called")
    return args, kw


def note(x):
    log.append(f"arg {x}")
    return x


print(f(note(1), *gen("a", 2), *gen("b", 1)))
print(log)
log.clear()

g = gen("c", 3)
next(g)
print(f(*g), log)
print(f(*g), "exhausted generator gives nothing")


def boom():
    yield 1
    raise TypeError("from inside the generator")


try:
    f(*boom())
except TypeError as e:
    print("TypeError:", e)


def bad_iter():
    yield 1
    raise ValueError("stop here")


try:
    f(0, *bad_iter())
except ValueError as e:
    print("ValueError:", e, log)


class It:
    def __iter__(self):
        raise TypeError("custom __iter__ failed")


try:
    f(*It())
except TypeError as e:
    print("TypeError:", e)


class NotIt:
    __iter__ = None


try:
    f(*NotIt())
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


print(f(*Seq()))
counter = iter(range(10))
print(list(zip(*[counter] * 3)))
