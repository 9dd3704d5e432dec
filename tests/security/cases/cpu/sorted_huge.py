# expect: limit=time
# flags: --max-memory 1G
# Sorting is charged per comparison: one call can exceed the deadline on its own.
import math
l = [(i * 7919) % 1000003 for i in range(1 << 22)]
while True:
    sorted(l)
