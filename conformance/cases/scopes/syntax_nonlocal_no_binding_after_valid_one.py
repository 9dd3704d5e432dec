print('never printed: the whole module is rejected')
def f(a):
    def g():
        nonlocal a
        a = 1
    nonlocal b
