# tree-sitter binds the star of a starred item tighter than a binary operator.
x = [*a + b]
y = [*a[::2]]
z = [*a + None]
w = [*a.b + c * d, *e ** 2]
v = *a - b, 1
f(*a + b)
u = {*a | b}
for q in *a + b, c: pass
