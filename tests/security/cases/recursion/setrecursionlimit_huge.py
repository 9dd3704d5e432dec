# expect: ok
# stdout: ended
# Raising the recursion limit cannot take the host's C stack: the guard still ends it cleanly.
import sys
try:
    sys.setrecursionlimit(10**9)
except Exception:
    pass
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    pass
print('ended')
