# expect: limit=time
l = list(range(1 << 20))
while True:
    l.sort()
