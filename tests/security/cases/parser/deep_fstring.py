# expect: SyntaxError
# generate
print("x = " + "f'{" * 200 + "1" + "}'" * 200)
