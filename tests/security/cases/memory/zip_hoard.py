# expect: limit=memory
# flags: --timeout 30
x = list(zip(range(10**10), range(10**10)))
