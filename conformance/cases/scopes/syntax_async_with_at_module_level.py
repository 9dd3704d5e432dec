with x:
    async with y:
        pass
