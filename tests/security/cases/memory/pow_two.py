# expect: limit=memory
# flags: --timeout 30
x = 2 ** 10**10
