# expect: limit=memory
# flags: --timeout 30
x = sorted(range(10**10))
