# nonlocal counters shared by several closures and generators, cells seen after deletion,
# and the errors for free variables that are not bound yet.
def counter(start=0):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count

    def reset():
        nonlocal count
        del count

    return inc, get, reset


inc, get, reset = counter(5)
print(inc(), inc(10), get())
reset()
for fn in (get, inc):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)


def early():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    value = "bound later"
    return show()


print(early())


def ticker():
    ticks = 0

    def gen():
        nonlocal ticks
        while True:
            ticks += 1
            yield ticks

    g = gen()
    next(g), next(g)
    ticks = 100
    return next(g), ticks


print(ticker())


def three_levels():
    x = 0

    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner

    f = middle()
    f(), f()
    return x


print(three_levels())


def local_unbound():
    try:
        print(n)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    n = 1
    del n
    try:
        n += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)


local_unbound()


def make_pair():
    shared = []

    def push(v):
        shared.append(v)
        return len(shared)

    def pop():
        nonlocal shared
        top, shared = shared[-1], shared[:-1]
        return top

    return push, pop


push, pop = make_pair()
push(1), push(2), push(3)
print(pop(), pop(), push(9), pop(), pop())
