# A starred call, attribute or subscript alone in a display unpacks the whole expression.
print([*range(3)])
print(sorted({*"abc".upper()}))
rows = [[1, 2], [3]]
print([*rows[0]])
print((*range(2),))
x = *range(2), 9
print(x)
for v in *"ab".split(), 1:
    print(v)
print([*map(str, range(3))], [*dict(a=1).keys()])
