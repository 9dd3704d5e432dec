print('never printed: the whole module is rejected')
f(a=1, a=2)
