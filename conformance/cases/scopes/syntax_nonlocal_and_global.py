print('never printed: the whole module is rejected')
def f():
    x = 1
    def g():
        global x
        nonlocal x
