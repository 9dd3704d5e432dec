async def f():
    await x ** 2
    await x ** y ** z
    await x.y()[0]
    -await x
    await x + 1
    (await x) ** 2
    await (x ** 2)
    not await x
