# expect: limit=memory
# flags: --timeout 30
# Hex digits have no conversion limit: the string fits, the int built from it does not.
s = 'f' * (150 << 20)
x = int(s, 16)
