# expect: limit=memory
# flags: --timeout 30
# The result fits, but GMP's scratch space for the product does not.
x = 1 << (8 * (40 << 20))
y = x * x
