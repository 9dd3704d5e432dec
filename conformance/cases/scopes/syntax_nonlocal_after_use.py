print('never printed: the whole module is rejected')
def f():
    print(x)
    nonlocal x
