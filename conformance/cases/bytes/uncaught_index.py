data = b'needle in a haystack'
print(data.index(b'hay'))
print(data.rindex(b'a'))
data.index(b'pin')
print('not reached')
