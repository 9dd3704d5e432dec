# expect: SyntaxError
# generate
print('x = ' + '(' * 100000 + '1' + ')' * 100000)
