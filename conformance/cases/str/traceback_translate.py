table = {ord('a'): 1.5}
print('bcd'.translate(table))
print('abc'.translate(table))
