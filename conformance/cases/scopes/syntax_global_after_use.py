print('never printed: the whole module is rejected')
x = 1
def f():
    print(x)
    global x
