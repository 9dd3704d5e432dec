# expect: limit=time
# A needle that almost matches everywhere: naive search would be quadratic.
hay = 'a' * (1 << 24)
needle = 'a' * (1 << 20) + 'b'
while True:
    needle in hay
