print('never printed: the whole module is rejected')
def f():
    x = 1
    del x
    nonlocal x
