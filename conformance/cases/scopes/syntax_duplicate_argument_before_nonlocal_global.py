print('never printed: the whole module is rejected')
def g():
    global y
    nonlocal y
def f(a, a): pass
