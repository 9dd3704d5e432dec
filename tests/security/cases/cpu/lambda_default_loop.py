# expect: limit=time
def spin():
    while True:
        pass
f = lambda x=spin(): x
