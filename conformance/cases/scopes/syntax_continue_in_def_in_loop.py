print('never printed: the whole module is rejected')
for x in y:
    def g():
        continue
