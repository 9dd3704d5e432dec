# expect: limit=memory
# flags: --timeout 30
x = '%.*d' % (2**30, 1)
