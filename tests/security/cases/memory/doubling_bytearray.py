# expect: limit=memory
# flags: --timeout 30
b = bytearray(b'x')
while True:
    b += b
