# expect: SyntaxError
# stderr-has: too large
# generate
print('# ' + 'x' * (11 << 20))
