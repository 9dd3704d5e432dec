# expect: limit=time
def forever():
    while True:
        yield 1
for x in forever():
    pass
