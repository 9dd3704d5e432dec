print('never printed: the whole module is rejected')
while True:
    class C:
        break
