# expect: limit=time
a = 'x' * (64 << 20)
b = 'x' * (64 << 20)
while True:
    a == b
