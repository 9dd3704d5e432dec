print('never printed: the whole module is rejected')
class C:
    yield 1
