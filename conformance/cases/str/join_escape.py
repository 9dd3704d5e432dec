print('-'.join(['a', 'b']))
print('-'.join(['a', 3, 'c']))
