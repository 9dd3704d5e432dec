# expect: limit=time
parts = ['x'] * (4 << 20)
while True:
    ''.join(parts)
