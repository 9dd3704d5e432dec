# send() travels down a chain of yield from to the innermost generator, the yielded values
# come back up, and plain iterators in the chain accept only None
def leaf(name):
    received = []
    while True:
        v = yield '%s got %r' % (name, received[-1] if received else None)
        if v == 'stop':
            return received
        received.append(v)

def middle():
    r1 = yield from leaf('first')
    print('middle: first leaf returned', r1)
    r2 = yield from leaf('second')
    return r1 + r2

def top():
    total = yield from middle()
    yield 'top saw %r' % (total,)

t = top()
for v in [None, 1, 2, 'stop', 'x', 'stop', 'after']:
    try:
        print(repr(v), '->', t.send(v))
    except StopIteration as e:
        print('stopped', e.value)

def over_list():
    r = yield from [1, 2, 3]
    yield ('list done', r)
g = over_list()
print(next(g), g.send(None))
try:
    g.send('not None')
except AttributeError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted after the error'))

def over_range():
    yield from range(3)
g = over_range()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

class Echo:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self):
        self.log.append('next')
        return 'via next'
    def send(self, v):
        self.log.append('send %r' % (v,))
        if v == 'end':
            raise StopIteration('echo finished')
        return 'echo %r' % (v,)
def over_echo(e):
    r = yield from e
    return r
e = Echo()
g = over_echo(e)
print(next(g), g.send(None), g.send(7))
try:
    g.send('end')
except StopIteration as s:
    print('value', s.value, e.log)

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def report():
    while True:
        result = yield from accumulate()
        print('batch total', result)
r = report()
next(r)
for v in [1, 2, 3, None, 10, None]:
    r.send(v)

def first_send_goes_to_sub():
    def sub():
        x = yield 'sub ready'
        yield 'sub got %r' % (x,)
    yield from sub()
g = first_send_goes_to_sub()
try:
    g.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None), g.send('value'))
g = over_list()
next(g)
g.send(42)
