# expect: limit=time
# A built-in consuming a huge range charges steps per element.
print(sum(range(10**18)))
