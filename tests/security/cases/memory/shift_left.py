# expect: limit=memory
# flags: --timeout 30
x = 1 << 10**10
