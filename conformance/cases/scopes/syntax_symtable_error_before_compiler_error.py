print('never printed: the whole module is rejected')
nonlocal x
def f(a, a): pass
