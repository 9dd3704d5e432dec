# expect: limit=memory
# flags: --timeout 30
b = bytearray()
while True:
    b.extend(b'x' * 10**6)
