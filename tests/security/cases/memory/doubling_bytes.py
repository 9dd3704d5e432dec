# expect: limit=memory
# flags: --timeout 30
b = b'x'
while True:
    b = b * 2
