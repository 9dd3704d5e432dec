# expect: limit=time
def nat():
    n = 0
    while True:
        yield n
        n += 1
print(sum(x * x for x in nat()))
