# expect: limit=time
s = 'a' * (32 << 20)
while True:
    s.upper()
