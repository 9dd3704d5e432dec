print('never printed: the whole module is rejected')
def f():
    return [x for z in w for x in [await q]]
