# expect: limit=time
def pick():
    while True:
        pass
try:
    1 / 0
except pick():
    pass
