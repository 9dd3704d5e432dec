# expect: limit=time
# Containment test against an endless iterator.
print(-1 in iter(int, 1))
