print('never printed: the whole module is rejected')
def f(x):
    global y, x
