# expect: limit=time
print(all(iter(lambda: 1, 0)))
