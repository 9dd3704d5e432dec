# expect: SyntaxError
# generate
print('x = ' + '-' * 200000 + '1')
