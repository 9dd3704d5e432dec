print('never printed: the whole module is rejected')
def f():
    def g():
        nonlocal x
    global x
