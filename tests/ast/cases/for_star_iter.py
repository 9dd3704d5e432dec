for x in *a, b:
    pass
for x, *y in z:
    pass
