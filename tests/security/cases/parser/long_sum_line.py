# expect: SyntaxError
# flags: --timeout 30
# A 4 MB line of a million additions: a million-deep AST (CPython: RecursionError during
# compilation); Krait refuses it with "too many nested expressions".
# generate
print('x = ' + '1 + ' * 1000000 + '1')
print('print(x)')
