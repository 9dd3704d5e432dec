# expect: limit=memory
# flags: --timeout 30
s = ' ' * (200 << 20)
x = s.split(' ')
