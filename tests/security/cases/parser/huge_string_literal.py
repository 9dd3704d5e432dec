# expect: ok
# stdout: 5000000
# generate
print("s = '" + 'a' * 5000000 + "'")
print('print(len(s))')
