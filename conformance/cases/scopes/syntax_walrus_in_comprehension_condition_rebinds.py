print('never printed: the whole module is rejected')
[i for i in range(2) if (i := 5)]
