print('never printed: the whole module is rejected')
def f():
    global x
    def g():
        nonlocal x
