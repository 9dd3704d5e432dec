# expect: limit=memory
# flags: --timeout 30
x = [*range(10**10)]
