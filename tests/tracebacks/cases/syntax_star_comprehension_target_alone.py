[1 for *a in b]
