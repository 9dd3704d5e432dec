print('never printed: the whole module is rejected')
[x for x in (lambda: (y := 1))()]
print(y)
