print('never printed: the whole module is rejected')
class C:
    [y := 1 for x in range(3)]
