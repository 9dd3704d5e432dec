# expect: limit=time
l = [0] * (16 << 20)
while True:
    l.reverse()
