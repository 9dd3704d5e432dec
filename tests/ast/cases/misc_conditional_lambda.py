f = lambda x: x if x else -x
