# expect: limit=time
t = tuple(range(1 << 22))
while True:
    hash(t)
