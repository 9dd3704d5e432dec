# expect: limit=output
print(list(range(10**6)))
