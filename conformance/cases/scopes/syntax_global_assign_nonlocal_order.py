print('never printed: the whole module is rejected')
def f(): global x; x = 1; nonlocal x
