# expect: limit=time
b = b'a' * (64 << 20)
while True:
    b.find(b'b')
