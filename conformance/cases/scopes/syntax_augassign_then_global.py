print('never printed: the whole module is rejected')
def g():
    x += 1
    global x
