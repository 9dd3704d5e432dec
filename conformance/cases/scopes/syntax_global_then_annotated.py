print('never printed: the whole module is rejected')
def f():
    global x
    x: int = 1
