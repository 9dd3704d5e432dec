print('never printed: the whole module is rejected')
def f():
    nonlocal x
    nonlocal y
