print('never printed: the whole module is rejected')
def f():
    print(x)
    x = 1
    global x
