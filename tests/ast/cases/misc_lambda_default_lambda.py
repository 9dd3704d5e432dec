f = lambda a=lambda b=1: b: a
