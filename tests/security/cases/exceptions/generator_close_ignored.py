# expect: RuntimeError
# A generator that yields in reply to close() is an error, as in CPython.
def g():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
it = g()
next(it)
it.close()
