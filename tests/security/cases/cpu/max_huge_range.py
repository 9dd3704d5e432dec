# expect: limit=time
print(max(range(10**18)))
