# expect: limit=memory
# flags: --timeout 30
x = '1'.zfill(10**10)
