s = 'hello'
pos = s.index('l')
print(pos)
pos = s.index('z')
