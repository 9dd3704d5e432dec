async def f():
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    await x
    return [x async for x in y]
    return {x async for x in y if await x}
    return (x async for x in y)
