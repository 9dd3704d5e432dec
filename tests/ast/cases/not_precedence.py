a = not x == y
b = not x in y
c = not (x and y)
d = x and not y or z
e = -x ** -y
f = ~x + -y
