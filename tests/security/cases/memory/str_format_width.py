# expect: limit=memory
# flags: --timeout 30
x = '{:>10000000000}'.format('a')
