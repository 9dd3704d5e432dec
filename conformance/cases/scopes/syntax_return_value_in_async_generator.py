print('never printed: the whole module is rejected')
async def f():
    yield 1
    return 2
