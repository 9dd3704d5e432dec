# expect: limit=time
def forever():
    while True:
        yield 0
print(any(x for x in forever()))
