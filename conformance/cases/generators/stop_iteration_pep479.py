# StopIteration inside generators (PEP 479) and StopIteration values
def explicit_stop():
    yield 1
    raise StopIteration('bad')

try:
    list(explicit_stop())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__,
          '| suppress:', e.__suppress_context__)

def leaks_from_next():
    it = iter([])
    yield next(it)

try:
    next(leaks_from_next())
except RuntimeError as e:
    print(e)

def guarded():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 'clean end'
        yield v
g = guarded()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration.value =', e.value, e.args)

def returns(v):
    return v
    yield
for v in (None, 0, 'text', (1, 2), [3], {'k': 1}):
    try:
        next(returns(v))
    except StopIteration as e:
        print(repr(e.value), e.args)

def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print(type(e.__cause__).__name__)

# StopIteration raised by a for loop's iterator ends the loop normally
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(999)
        self.n -= 1
        return self.n
def wraps_iter():
    for v in Count(3):
        yield v
    return 'loop done'
g = wraps_iter()
print(list(g))

# next() with a default swallows the end, not other errors
def boom():
    yield 1
    raise KeyError('k')
g = boom()
print(next(g), end=' ')
try:
    next(g, 'default')
except KeyError as e:
    print('KeyError', e)
print(next(g, 'default after error'))

# StopIteration raised in a generator expression
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print('genexp:', e)
print([stopper(x) for x in range(2)])
list(explicit_stop())
