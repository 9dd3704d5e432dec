print('never printed: the whole module is rejected')
print([x for x in [(y := 1) for z in range(2)]], y)
