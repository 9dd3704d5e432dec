# expect: limit=memory
# flags: --timeout 30
x = {i for i in range(10**10)}
