# expect: limit=time
def deco(f):
    while True:
        pass
@deco
def g():
    pass
