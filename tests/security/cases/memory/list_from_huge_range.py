# expect: limit=memory
# flags: --timeout 30
x = list(range(10**10))
