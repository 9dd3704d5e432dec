print('never printed: the whole module is rejected')
def f(a):
    global a
