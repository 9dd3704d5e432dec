a = x.y
b = x.y.z
c = x[0]
d = x[1:2]
e = x[1:2:3]
f = x[::2]
g = x[:]
h = x[1, 2]
i = x[1:2, ::3]
j = x[()]
k = x[(1, 2)]
l = x[a][b].c
m = x[*a]
n = x[1:2, *a]
o = x[a:=1]
p = x[:,]
