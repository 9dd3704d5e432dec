# tree-sitter-python reads a lone starred call, attribute or subscript as a chain on the star.
a = [*f(1)]
b = {*g.h}
c = [*d[0]]
e = [*f(1)(2).k[3]]
x = *f(1), 2
for y in *f(1), 2:
    pass
z = [*f(1), *g(2)]
print(*f(1))
