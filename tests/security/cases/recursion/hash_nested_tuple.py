# expect: RecursionError
t = ()
for _ in range(200000):
    t = (t,)
hash(t)
