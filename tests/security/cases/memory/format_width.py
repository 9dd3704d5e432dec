# expect: limit=memory
# flags: --timeout 30
x = format(1, '10000000000')
