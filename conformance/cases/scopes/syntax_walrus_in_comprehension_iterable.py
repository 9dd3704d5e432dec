print('never printed: the whole module is rejected')
[x for x in (y := [1, 2])]
