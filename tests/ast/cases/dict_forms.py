a = {**x}
b = {1: 2, **x, 3: 4, **y}
c = {x: y for x, y in z}
d = {(a, b): c}
e = {1: (yield_ := 2)}
