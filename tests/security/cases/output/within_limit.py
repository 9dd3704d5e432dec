# expect: ok
# stdout-prefix: aaaa
print('a' * 500000)
