# expect: ValueError
# 100000 chained exceptions: the traceback printer must not recurse per link.
e = None
for i in range(100000):
    try:
        raise ValueError(i) from e
    except ValueError as x:
        e = x
raise e
