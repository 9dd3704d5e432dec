a = 1; b = 2; c = 3
x; y;
if x: a; b
for i in x: pass; break
