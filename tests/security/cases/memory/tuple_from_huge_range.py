# expect: limit=memory
# flags: --timeout 30
x = tuple(range(10**10))
