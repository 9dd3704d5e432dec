print('never printed: the whole module is rejected')
[(yield x) for x in range(3)]
