# tree-sitter reads `y := a if b else c` as `(y := a) if b else c`.
print((y := 1 if 2 else 3), y)
f(y := 1 if 2 else 3, k=(z := a if b else c if d else e))
if (n := 5 if True else 0) > 3:
    pass
[m := i if i else -1 for i in range(3)]
[w := 1 if 2 else 3, (v := x or y if p else q)]
while (chunk := read() if ok else None):
    pass
x = [(lambda: (q := 1 if 2 else 3))]
