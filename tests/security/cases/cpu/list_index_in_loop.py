# expect: limit=time
l = [0] * (8 << 20)
while True:
    try:
        l.index(1)
    except ValueError:
        pass
