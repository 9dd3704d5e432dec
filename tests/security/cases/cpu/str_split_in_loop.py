# expect: limit=time
s = 'a ' * (8 << 20)
while True:
    s.split()
