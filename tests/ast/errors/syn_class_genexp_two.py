class D(a, x for x in y): pass
