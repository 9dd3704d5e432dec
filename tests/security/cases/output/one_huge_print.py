# expect: limit=output
print('a' * 10**7)
