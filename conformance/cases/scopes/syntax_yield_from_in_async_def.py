print('never printed: the whole module is rejected')
async def f():
    yield from g()
