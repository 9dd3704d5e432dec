# expect: limit=memory
# flags: --timeout 30
raise ValueError('x' * 10**10)
