print = 1
exec = 2
match = 3
case = 4
type = 5
_ = 6
print(print)
match.x = 1
match[0] = 1
type(x)
