# expect: limit=memory
# flags: --timeout 30
# flags: --timeout 30 --max-memory 128M
x = 1 << (8 * (40 << 20))
y = hex(x)
