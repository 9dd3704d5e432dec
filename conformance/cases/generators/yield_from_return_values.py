# the value of 'yield from' is the sub-iterator's return value: generators, plain iterators,
# StopIteration arguments of every shape, and chains of delegation
def ret(v):
    return v
    yield

def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value, e.args

def take(sub):
    r = yield from sub
    return ('got', r)

for v in [None, 0, (1, 2), (), [3], StopIteration('inner'), 'text']:
    out, value, args = collect(take(ret(v)))
    print(repr(value), args)

print(collect(take([1, 2])), collect(take('ab')), collect(take(range(2))))
print(collect(take({'k': 1})), collect(take(iter(()))), collect(take(x for x in 'q')))

class Iter:
    def __init__(self, *stop_args): self.stop_args, self.done = stop_args, False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            raise StopIteration(*self.stop_args)
        self.done = True
        return 'item'
for args in [(), (5,), (6, 7), (None,)]:
    print(args, collect(take(Iter(*args))))

class StopSub(StopIteration):
    pass
class SubIter(Iter):
    def __next__(self):
        raise StopSub('subclass value')
print(collect(take(SubIter())))

def level(n):
    if n == 0:
        yield 'bottom'
        return 0
    got = yield from level(n - 1)
    yield 'level %d saw %d' % (n, got)
    return got + 1
print(collect(level(3)))

def exhausted_sub():
    g = ret('first time')
    r1 = yield from g
    r2 = yield from g
    return r1, r2
print(collect(exhausted_sub()))

def returns_generator():
    r = yield from take(ret('deep'))
    return r
print(collect(returns_generator()))

def sum_sub():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def averager():
    results = []
    while True:
        r = yield from sum_sub()
        results.append(r)
        if len(results) == 2:
            return results
a = averager()
next(a)
for v in [1, 2, None, 10]:
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print('results', e.value)

def not_iterable():
    yield from 42
try:
    next(not_iterable())
except TypeError as e:
    print(type(e).__name__, e)
def yield_from_none():
    yield from None
try:
    next(yield_from_none())
except TypeError as e:
    print(type(e).__name__, e)
def sub_raises():
    yield 1
    raise ValueError('sub failed')
def parent():
    try:
        r = yield from sub_raises()
    except ValueError as e:
        return 'parent handled: %s' % e
print(collect(parent()))
next(take(5))
