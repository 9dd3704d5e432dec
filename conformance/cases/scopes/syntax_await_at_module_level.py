print('never printed: the whole module is rejected')
await x
