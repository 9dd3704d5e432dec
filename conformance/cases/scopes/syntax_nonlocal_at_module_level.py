print('never printed: the whole module is rejected')
nonlocal x
