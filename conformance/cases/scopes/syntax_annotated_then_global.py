print('never printed: the whole module is rejected')
def f():
    x: int = 1
    global x
