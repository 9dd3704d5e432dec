x
f()
1
'doc'
x + 1
(x)
[x]
