parts = [b'a', b'b', 'c']
print(b'+'.join(parts[:2]))
b'+'.join(parts)
