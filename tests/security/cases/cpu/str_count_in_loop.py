# expect: limit=time
s = 'ab' * (16 << 20)
while True:
    s.count('ba')
