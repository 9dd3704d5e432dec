# expect: limit=memory
# flags: --timeout 30
x = (0,) * 10**9
