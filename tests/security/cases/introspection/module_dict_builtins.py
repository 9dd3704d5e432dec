# expect: ok
# stdout: ok
# A module's namespace holds only the module's own names.
import math
d = math.__dict__
assert "__builtins__" not in d and "__loader__" not in d and "__spec__" not in d, sorted(d)
print("ok")
