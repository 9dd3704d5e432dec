# expect: limit=memory
# flags: --timeout 30
x = 'a'.center(10**10)
