# expect: limit=memory
# flags: --timeout 30
f = lambda: 0
while True:
    f = (lambda g: lambda: g)(f)
    l = [f] * 100
    f.__dict__['pad'] = l
