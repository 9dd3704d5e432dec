# expect: limit=memory
# flags: --timeout 30
x = set(range(10**10))
