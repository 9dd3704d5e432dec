# expect: limit=time
# iter(callable, sentinel) never ends
for x in iter(int, 1):
    pass
