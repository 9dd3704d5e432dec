# expect: ok
# stdout: False False False
# Even everything sys exports holds nothing that reaches the host.
from sys import *
names = dir()
print("modules" in names, "_getframe" in names, "settrace" in names)
