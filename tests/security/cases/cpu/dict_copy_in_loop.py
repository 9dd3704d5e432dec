# expect: limit=time
# flags: --timeout 1
# Copying a dict of a million keys, again and again.
d = dict.fromkeys(range(1 << 20))
while True:
    d.copy()
