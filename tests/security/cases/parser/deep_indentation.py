# expect: IndentationError
# generate
for i in range(200):
    print(' ' * i + 'if True:')
print(' ' * 200 + 'pass')
