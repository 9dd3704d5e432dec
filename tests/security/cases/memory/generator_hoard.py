# expect: limit=memory
# flags: --timeout 30
def g():
    data = 'x' * 10**6
    yield data
gens = []
while True:
    it = g()
    next(it)
    gens.append(it)
