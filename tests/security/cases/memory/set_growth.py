# expect: limit=memory
# flags: --timeout 30
s = set()
i = 0
while True:
    s.add(i)
    i += 1
