# expect: limit=memory
# flags: --timeout 30
x = [[]] * 10**9
