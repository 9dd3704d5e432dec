print('never printed: the whole module is rejected')
def f():
    return
return 5
