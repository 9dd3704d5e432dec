# expect: limit=time
l = [0] * (8 << 20)
while True:
    1 in l
