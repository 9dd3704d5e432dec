print('never printed: the whole module is rejected')
def f():
    for x in []: pass
    global x
