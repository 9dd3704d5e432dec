# coroutines driven by hand with send(None) and an __await__ that yields
class Future:
    def __init__(self, label):
        self.label = label
        self.result = None
    def __await__(self):
        print('  suspending on', self.label)
        value = yield self
        print('  resumed', self.label, 'with', value)
        return value

async def fetch(label):
    return await Future(label)

async def pipeline():
    a = await fetch('a')
    b = await fetch('b')
    try:
        await fetch('c')
    except KeyError as e:
        print('  caught', repr(e))
    return a + b

def run(coro, values, throw_at=None):
    step = 0
    try:
        fut = coro.send(None)
        while True:
            step += 1
            if step == throw_at:
                fut = coro.throw(KeyError('injected'))
            else:
                fut = coro.send(values[fut.label])
    except StopIteration as e:
        print('result:', e.value)

run(pipeline(), {'a': 1, 'b': 2, 'c': 3})
run(pipeline(), {'a': 10, 'b': 20}, throw_at=3)

c = pipeline()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended)
fut = c.send(None)
print('awaiting:', type(c.cr_await).__name__, c.cr_suspended)
c.close()
print('closed:', c.cr_suspended, c.cr_await)

async def gather(*coros):
    results = []
    for co in coros:
        results.append(await co)
    return results

async def const(v):
    return v
g = gather(const(1), const('two'), fetch('x'))
fut = g.send(None)
try:
    g.send(3)
except StopIteration as e:
    print('gathered', e.value)

async def uses_async_with():
    class Lock:
        async def __aenter__(self):
            await Future('acquire')
            return 'lock'
        async def __aexit__(self, t, v, tb):
            print('  release, exception type:', t.__name__ if t else None)
            return False
    async with Lock() as l:
        print('  holding', l)
    try:
        async with Lock():
            raise ValueError('inside')
    except ValueError as e:
        print('  propagated', e)
    return 'done'
run(uses_async_with(), {'acquire': None})

async def nested():
    async def inner(n):
        if n == 0:
            return await Future('bottom')
        return await inner(n - 1) + 1
    return await inner(3)
run(nested(), {'bottom': 100})

try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def fails():
    await Future('f')
    raise ValueError('coroutine failed')
co = fails()
co.send(None)
co.send(None)
