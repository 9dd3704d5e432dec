if (n := len(a)) > 10: pass
while (line := f()): pass
[y := f(x), y ** 2]
print(x := 1)
x[(y := 1)]
z = (w := 5)
f(a, b := 2)
