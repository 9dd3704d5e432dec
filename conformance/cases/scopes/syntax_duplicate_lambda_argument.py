print('never printed: the whole module is rejected')
lambda a, a: 0
