a = [x for x in y]
b = {x for x in y if x if not x}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = [x for x in y for z in x]
f = [(x, y) for x in a if x for y in b if y]
g = [x async for x in y]
h = [[y for y in x] for x in z]
i = {x: [y for y in x] for x in z}
j = [x for (x, y) in z]
k = [x for x, in z]
l = [y := 1 for x in z]
