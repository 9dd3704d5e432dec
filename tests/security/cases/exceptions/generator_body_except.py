# expect: limit=time
def g():
    while True:
        try:
            while True:
                pass
        except BaseException:
            yield 1
for _ in g():
    pass
