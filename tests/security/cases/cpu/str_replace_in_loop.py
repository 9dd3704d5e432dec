# expect: limit=time
s = 'a' * (16 << 20)
while True:
    s.replace('a', 'b')
