async def f():
    a = [x async for x in y]
    b = {x: y async for x, y in z if await x}
    c = [await x for x in y]
    d = (x async for x in y for z in x)
    async with a as (b, c), d:
        pass
