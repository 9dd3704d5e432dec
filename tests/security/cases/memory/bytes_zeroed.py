# expect: limit=memory
# flags: --timeout 30
x = bytes(10**10)
