# expect: SyntaxError
# CPython refuses integer literals of more than 4300 digits.
# generate
print('x = ' + '7' * 100000)
