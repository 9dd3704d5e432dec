# expect: limit=memory
# flags: --timeout 30
l = []
while True:
    l.append('x' * 1000)
