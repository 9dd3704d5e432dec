print('never printed: the whole module is rejected')
class C:
    def f(self):
        nonlocal x
