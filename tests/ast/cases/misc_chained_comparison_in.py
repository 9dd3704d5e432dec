a in b not in c is d is not e
