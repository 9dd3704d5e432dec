print('never printed: the whole module is rejected')
[x for x in [1] for z in (y := [1, 2])]
