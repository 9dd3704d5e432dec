type = 1
type(x)
x = type
