# expect: limit=time
def g():
    while True:
        try:
            yield
        except ValueError:
            pass
it = g()
next(it)
while True:
    it.throw(ValueError)
