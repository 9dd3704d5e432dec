a, *b = c
*a, b = c
[a, *b] = c
print(*a)
x = *a, *b
for *a, b in c: pass
return_ = [*a]
