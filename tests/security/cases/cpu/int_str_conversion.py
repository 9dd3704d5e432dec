# expect: limit=time
x = 7 ** 4000
while True:
    str(x)
