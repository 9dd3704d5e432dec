# expect: limit=memory
# flags: --timeout 30
s = 'x'
while True:
    s += s
