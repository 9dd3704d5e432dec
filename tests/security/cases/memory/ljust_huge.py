# expect: limit=memory
# flags: --timeout 30
x = 'a'.ljust(10**10, '*')
