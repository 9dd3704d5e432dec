# expect: limit=memory
# flags: --timeout 30
x = bytearray(10**10)
