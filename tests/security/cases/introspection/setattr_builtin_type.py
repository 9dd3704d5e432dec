# expect: TypeError
# Built-in types are shared by every VM in the process: they must stay frozen.
int.evil = 1
