# expect: limit=memory
# flags: --timeout 30
x = '\t' * 1000
y = x.expandtabs(10**8)
