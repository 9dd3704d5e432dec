# expect: limit=time
a = [0] * (8 << 20)
b = [0] * (8 << 20)
while True:
    a == b
