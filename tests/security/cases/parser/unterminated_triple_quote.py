# expect: SyntaxError
# flags: --timeout 30
# generate
print('s = """' + 'abc\n' * 500000)
