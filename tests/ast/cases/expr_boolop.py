a = x and y
b = x or y
c = x and y and z
d = x or y or z
e = x and y or z and w
f = (x or y) and z
g = x or (y or z)
h = a and (b and c) and d
