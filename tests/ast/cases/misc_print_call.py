print('hello')
print('a', 'b', sep='')
print()
exec('x')
