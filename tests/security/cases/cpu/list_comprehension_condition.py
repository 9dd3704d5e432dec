# expect: limit=time
def stuck():
    while True:
        pass
print([x for x in range(10) if stuck()])
