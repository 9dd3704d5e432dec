# expect: limit=time
def g():
    try:
        while True:
            yield
    finally:
        while True:
            yield
for _ in g():
    pass
