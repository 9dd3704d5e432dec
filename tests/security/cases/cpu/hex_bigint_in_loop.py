# expect: limit=time
# flags: --timeout 1
# hex() of a 280,000-bit integer in a loop: linear work per call, charged.
x = 7 ** 100000
while True:
    hex(x)
