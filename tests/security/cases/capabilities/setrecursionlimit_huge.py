# expect: RecursionError
# Raising the recursion limit does not let recursion pass the host's ceiling or crash.
import sys
try:
    sys.setrecursionlimit(10**9)
except (ValueError, OverflowError):
    pass
def f(n):
    return f(n + 1)
f(0)
