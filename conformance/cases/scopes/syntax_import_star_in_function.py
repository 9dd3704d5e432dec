print('never printed: the whole module is rejected')
def f():
    from math import *
