# expect: limit=steps
# flags: --max-steps 1000000 --timeout 60
l = list(range(1 << 21, 0, -1))
l.sort(key=lambda x: x)
