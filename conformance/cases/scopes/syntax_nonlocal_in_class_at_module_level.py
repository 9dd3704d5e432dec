print('never printed: the whole module is rejected')
class C:
    nonlocal x
