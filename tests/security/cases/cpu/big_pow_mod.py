# expect: limit=time
print(pow(3, 10**100000, 10**5000 + 1))
