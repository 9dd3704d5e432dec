print('never printed: the whole module is rejected')
def f(a, a): pass
