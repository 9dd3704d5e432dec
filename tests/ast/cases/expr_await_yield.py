async def f():
    await x
    await f(x)
    y = await z
    return await w
def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = 1
    (yield)
    z = (yield x) + 1
    yield from (yield)
