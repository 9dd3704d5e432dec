# expect: limit=time
# flags: --timeout 1
# A million small reprs, each charging less than a step: the loop went 40 ms without reading
# the clock.  Every item now costs at least a step.
l = list(range(1 << 20))
while True:
    repr(l)
