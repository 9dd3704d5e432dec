a = (x)
b = ((x))
c = (x).y
d = (x)[0]
e = (x)(1)
f = (1 + 2)
g = ((1, 2))
h = (yield_ := 1)
i = (-x)
j = (not x)
k = (await_)
