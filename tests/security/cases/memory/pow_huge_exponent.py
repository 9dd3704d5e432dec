# expect: limit=memory
# flags: --timeout 30
x = 3 ** 10**30
