print('never printed: the whole module is rejected')
def f():
    x = 1
    def g():
        nonlocal x, y
