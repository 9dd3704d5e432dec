# async generators driven by hand: __anext__, asend, athrow, aclose, async for and async comprehensions
class Fut:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        r = yield ('await', self.tag)
        return r

def run(coro):
    """drive a coroutine by hand: every suspension gets its tag echoed back"""
    try:
        r = coro.send(None)
        while True:
            print('  suspended', r)
            r = coro.send(r[1] if isinstance(r, tuple) else None)
    except StopIteration as e:
        return e.value

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            print('  agen got', got)
            await Fut(f'in{i}')
    finally:
        print('  agen finally')

async def main():
    g = agen(3)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
    print('first', await g.__anext__())
    print('asend', await g.asend('hello'))
    print('athrow', await g.athrow(ValueError) if False else 'skip')
    print('aclose', await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after aclose')
    out = []
    async for v in agen(2):
        out.append(v)
    print('async for', out)
    print('listcomp', [v async for v in agen(2)])
    print('setcomp', {v % 2 async for v in agen(3)})
    print('dictcomp', {v: v * v async for v in agen(3)})
    print('nested', [(a, b) async for a in agen(2) for b in range(2)])
    print('with if', [v async for v in agen(4) if v % 2])
    ge = (v * 10 async for v in agen(2))
    print(type(ge).__name__)
    print('genexp', [x async for x in ge])
    return 'main done'

print(run(main()))

async def thrower():
    try:
        yield 1
    except KeyError as e:
        print('  caught', repr(e))
        yield 'recovered'
    yield 'after'

async def main2():
    g = thrower()
    print(await g.__anext__())
    print(await g.athrow(KeyError('k')))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    try:
        await g.athrow(ValueError('late'))
    except ValueError as e:
        print('late athrow', e)

run(main2())

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main3():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    g2 = ignore_exit()
    print(await g2.aclose())   # never started: nothing to do
    a = g.__anext__()
    print(type(a).__name__)
    a.close()
    try:
        a.send(None)
    except RuntimeError as e:
        print(e)

run(main3())

async def stop_inside():
    yield 1
    raise StopAsyncIteration

async def main4():
    g = stop_inside()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

run(main4())

# driving an asend() object by hand
async def simple():
    x = yield 'a'
    print('  simple got', x)
    await Fut('mid')
    yield 'b'

g = simple()
s = g.asend(None)
try:
    s.send(None)
except StopIteration as e:
    print('yielded via StopIteration', e.value)
s2 = g.asend('X')
print(s2.send(None))
try:
    s2.send(None)
except StopIteration as e:
    print('then', e.value)
try:
    s2.send(None)
except RuntimeError as e:
    print(e)
try:
    g.asend(1).send(5)
except Exception as e:
    print(type(e).__name__, e)
ac = g.aclose()
try:
    ac.send(None)
except StopIteration:
    print('aclose finished')
try:
    ac.send(None)
except RuntimeError as e:
    print(e)
async def fresh():
    yield
try:
    fresh().asend(1).send(None)
except TypeError as e:
    print(e)
