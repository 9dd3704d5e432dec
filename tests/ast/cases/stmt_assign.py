a = 1
a = b = c = 1
a, b = 1, 2
(a, b) = 1, 2
[a, b] = [1, 2]
a.b = 1
a[0] = 1
a.b.c = a[0][1] = 2
(a) = 1
((a)) = 1
a, = 1,
[a] = 1,
(a, (b, c)) = x
a = yield_ = 1
x = y = yield_
