print >>f, x
print >> f
print -1
print (x), y
print
print(x)
print(x) + 1
exec(code)
exec
print.x = 1
print[0]
print, exec = 1, 2
x = print
