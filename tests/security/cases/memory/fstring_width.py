# expect: limit=memory
# flags: --timeout 30
w = 10**10
x = f'{1:>{w}}'
