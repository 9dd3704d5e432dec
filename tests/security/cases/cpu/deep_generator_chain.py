# expect: limit=time
# A chain of 900 generators (CPython allows 1000 levels): every item crosses all of them.
def nat():
    n = 0
    while True:
        yield n
        n += 1
g = nat()
for _ in range(900):
    g = (x for x in g)
for x in g:
    pass
