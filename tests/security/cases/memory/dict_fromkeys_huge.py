# expect: limit=memory
# flags: --timeout 30
x = dict.fromkeys(range(10**10))
