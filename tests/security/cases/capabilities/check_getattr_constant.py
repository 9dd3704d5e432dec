# expect: policy
# getattr with a constant dunder name is found by the static check, as `.` is.
f = lambda: 0
g = getattr(f, '__globals__', None)
