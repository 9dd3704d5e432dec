# coroutines driven by hand: __await__ wrappers, reuse errors, awaiting non-awaitables,
# async with/for protocol errors (no asyncio: the protocol itself, as CPython runs it)
async def c():
    return 1

co = c()
w = co.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('wrapper stop', e.value)
try:
    w.send(None)
except RuntimeError as e:
    print(e)
try:
    co.throw(ValueError)
except RuntimeError as e:
    print(e)
print(co.close())

co2 = c()
co2.close()
try:
    co2.send(None)
except RuntimeError as e:
    print(e)

async def w2():
    return await c()
try:
    w2().send(None)
except StopIteration as e:
    print('nested await value', e.value)

async def await_twice():
    x = c()
    await x
    await x
try:
    await_twice().send(None)
except RuntimeError as e:
    print('RuntimeError', e)

def gen():
    yield 1
async def await_generator():
    await gen()
try:
    await_generator().send(None)
except TypeError as e:
    print(e)

async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print(e)

class IterAwait:
    def __await__(self):
        return iter([1, 2])
async def await_iter():
    return await IterAwait()
co = await_iter()
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print('done', e.value)

class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print(e)

class CM:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 5
async def use_cm():
    async with CM() as v:
        print('v', v)
try:
    use_cm().send(None)
except TypeError as e:
    print(e)

class CM2:
    def __aenter__(self):
        return 3
    async def __aexit__(self, *a):
        pass
async def use_cm2():
    async with CM2():
        pass
try:
    use_cm2().send(None)
except TypeError as e:
    print(e)

class OnlyEnter:
    async def __aenter__(self):
        pass
async def use_only_enter():
    async with OnlyEnter():
        pass
try:
    use_only_enter().send(None)
except TypeError as e:
    print(e)

class NotAIter:
    def __aiter__(self):
        return 5
async def use_not_aiter():
    async for x in NotAIter():
        pass
try:
    use_not_aiter().send(None)
except TypeError as e:
    print(e)

class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def use_bad_next():
    async for x in BadNext():
        pass
try:
    use_bad_next().send(None)
except TypeError as e:
    print(e, '| cause:', e.__cause__)

async def use_int():
    async for x in 5:
        pass
try:
    use_int().send(None)
except TypeError as e:
    print(e)

async def comp_over_str():
    return [x async for x in 'ab']
try:
    comp_over_str().send(None)
except TypeError as e:
    print(e)

co = c()
print(co.cr_running, co.cr_await, co.cr_suspended, co.__name__, co.__qualname__)
try:
    co.send(1)
except TypeError as e:
    print(e)
co.close()
co = w2()
co.send(None) if False else None
co.close()
await_int().send(None)
