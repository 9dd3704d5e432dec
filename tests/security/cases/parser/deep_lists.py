# expect: SyntaxError
# generate
print('x = ' + '[' * 100000 + ']' * 100000)
