class D(x for x in y): pass
