# expect: limit=time
# 2**60 calls, never deeper than 60: only the clock stops it.
def f(n):
    return 0 if n == 0 else f(n - 1) + f(n - 1)
f(60)
