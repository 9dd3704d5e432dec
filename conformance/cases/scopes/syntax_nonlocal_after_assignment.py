print('never printed: the whole module is rejected')
def f(x):
    def g():
        x = 1
        nonlocal x
