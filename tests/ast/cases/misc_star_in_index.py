a[*b] = c
del a[*b]
a[1:2, *b]
