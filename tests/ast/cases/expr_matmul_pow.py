a = x @ y
b = x ** y ** z
c = -x ** y
d = (-x) ** y
e = x ** -y
f = await_ ** 2
