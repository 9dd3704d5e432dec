# expect: ok
# stdout: 20000
def chain(n):
    try:
        if n:
            chain(n - 1)
        raise KeyError(n)
    except KeyError:
        raise ValueError(n)
depth = 0
try:
    for i in range(20000):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                raise ValueError(i)
            except ValueError as e:
                depth += 1
except BaseException:
    pass
print(depth)
