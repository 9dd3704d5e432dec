# expect: limit=memory
# flags: --timeout 30
x = '%*d' % (10**10, 1)
