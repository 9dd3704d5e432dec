# expect: SyntaxError
# generate
print('f = ' + 'lambda: ' * 50000 + '1')
